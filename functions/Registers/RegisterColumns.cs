using MerchantDesk.Transactions;

namespace MerchantDesk.Registers;

/// <summary>A register's CSV columns: what an accountant reconciles a transaction by, in a fixed order.</summary>
public sealed class RegisterColumns(TransactionCells cells)
{
    private static readonly (string Header, Func<TransactionCells, TransactionEntity, string?> Value)[] Columns =
    [
        ("Date and time", (c, row) => c.ValueOf(row, TransactionColumns.DateTime)),
        ("Transaction ID", (_, row) => row.TransactionId),
        ("Payment ID", (_, row) => row.PaymentId),
        ("Type", (c, row) => c.ValueOf(row, TransactionColumns.Type)),
        ("Status", (c, row) => c.ValueOf(row, TransactionColumns.Status)),
        ("Amount", (_, row) => row.AmountValue),
        ("Currency", (_, row) => row.Currency),
        ("Refunded amount", (c, row) => c.ValueOf(row, TransactionColumns.RefundedAmount)),
        ("Card type", (_, row) => row.CardBrand),
        ("Masked card", (c, row) => c.ValueOf(row, TransactionColumns.MaskedCard)),
        ("Auth code", (_, row) => row.AuthCode),
        ("RRN", (_, row) => row.Rrn),
        ("Invoice ID", (_, row) => row.BillId),
        ("Customer email", (_, row) => row.CustomerEmail),
        ("Customer phone", (_, row) => row.CustomerPhone),
        ("Decline code", (_, row) => row.DeclineCode),
        ("Decline text", (_, row) => row.DeclineText),
        ("On hold", (c, row) => c.ValueOf(row, TransactionColumns.OnHold)),
        ("Site", (_, row) => row.SiteId),
    ];

    public static IReadOnlyList<string> Header { get; } = Columns.Select(c => c.Header).ToList();

    public IReadOnlyList<string?> Of(TransactionEntity row) => Columns.Select(c => c.Value(cells, row)).ToList();
}

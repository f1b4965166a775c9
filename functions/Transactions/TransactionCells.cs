using System.Globalization;
using MerchantDesk.Hosting;
using MerchantDesk.Money;

namespace MerchantDesk.Transactions;

/// <summary>A transaction's value in each of <see cref="TransactionColumns"/>, as the list and CSV show it.</summary>
public sealed class TransactionCells(MerchantCalendar calendar)
{
    public IReadOnlyDictionary<string, string?> Of(TransactionEntity row, IReadOnlyList<string> columns)
    {
        var cells = new Dictionary<string, string?>(columns.Count);
        foreach (var column in columns)
        {
            cells[column] = ValueOf(row, column);
        }

        return cells;
    }

    public string? ValueOf(TransactionEntity row, string column) => column switch
    {
        TransactionColumns.DateTime => DateTimeOf(row.CreatedAt),
        TransactionColumns.TransactionId => row.TransactionId,
        TransactionColumns.Type => Camel(row.Kind.ToString()),
        TransactionColumns.Status => Camel(row.Status.ToString()),
        TransactionColumns.Amount => row.AmountValue,
        TransactionColumns.Currency => row.Currency,
        TransactionColumns.RefundedAmount => Amount.Stored(row.RefundedValue, row.Currency).ToString(),
        TransactionColumns.Site => row.SiteId,
        TransactionColumns.InvoiceId => row.BillId,
        TransactionColumns.CardType => row.CardBrand,
        TransactionColumns.MaskedCard => row.CardFirst6.Length == 0 ? null : row.CardFirst6 + "******" + row.CardLast4,
        TransactionColumns.AuthCode => row.AuthCode,
        TransactionColumns.Rrn => row.Rrn,
        TransactionColumns.CustomerName => row.CustomerName,
        TransactionColumns.CustomerEmail => row.CustomerEmail,
        TransactionColumns.CustomerPhone => row.CustomerPhone,
        TransactionColumns.DeclineReason => row.DeclineCode is null ? null : row.DeclineCode + ": " + row.DeclineText,
        TransactionColumns.OnHold => row.OnHold ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a transaction column."),
    };

    private string DateTimeOf(DateTimeOffset at) =>
        calendar.Local(at).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

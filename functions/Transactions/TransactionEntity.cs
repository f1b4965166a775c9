using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Transactions;

/// <summary>
/// A row of the Transactions tab and of registers: a payment or a refund as the merchant sees it, newest first in
/// its site's ledger partition. It is written in the same entity group transaction as the payment or refund.
/// </summary>
public sealed class TransactionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The payment id, or for a refund the refund id.</summary>
    public string TransactionId { get; set; } = "";

    public TransactionKind Kind { get; set; }

    public TransactionStatus Status { get; set; }

    /// <summary>A payment authorized and held, not captured yet.</summary>
    public bool OnHold { get; set; }

    public string MerchantId { get; set; } = "";

    public string PaymentId { get; set; } = "";

    public string? BillId { get; set; }

    public string AmountValue { get; set; } = "";

    public string Currency { get; set; } = "";

    public string RefundedValue { get; set; } = "0";

    public string CardFirst6 { get; set; } = "";

    public string CardLast4 { get; set; } = "";

    public string CardBrand { get; set; } = "";

    public string? AuthCode { get; set; }

    public string? Rrn { get; set; }

    public string? CustomerName { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CustomFields { get; set; }

    public string? DeclineCode { get; set; }

    public string? DeclineText { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

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

    public string SiteId { get; set; } = "";

    public string PaymentId { get; set; } = "";

    public string? BillId { get; set; }

    public string AmountValue { get; set; } = "";

    /// <summary>
    /// The amount in ten-thousandths, a scale no currency exceeds, so one "amount from/to" filter compares every
    /// currency alike (Table Storage cannot compare decimals kept as text).
    /// </summary>
    public long AmountInTenThousandths { get; set; }

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

    /// <summary>This row again, under other keys: the same transaction as an index row shows it.</summary>
    public TransactionEntity CopyAs(string partitionKey, string rowKey)
    {
        var copy = (TransactionEntity)MemberwiseClone();
        (copy.PartitionKey, copy.RowKey, copy.ETag, copy.Timestamp) = (partitionKey, rowKey, default, null);
        return copy;
    }
}

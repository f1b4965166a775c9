using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Money;
using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Payments;

/// <summary>A capture or a refund of a payment, in the payment's partition.</summary>
public sealed class OperationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OperationId { get; set; } = "";

    public string PaymentId { get; set; } = "";

    public string AmountValue { get; set; } = "";

    public string Currency { get; set; } = "";

    public OperationStatus Status { get; set; }

    public string? DeclineCode { get; set; }

    public string? DeclineText { get; set; }

    public string? Rrn { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>For a refund: the row key of the transaction it shows as.</summary>
    public string? TransactionRow { get; set; }

    [IgnoreDataMember]
    public Amount Amount => Amount.Stored(AmountValue, Currency);

    /// <summary>Takes the acquirer's answer to this capture or refund.</summary>
    public void Record(OperationResult result)
    {
        Status = result.Succeeded ? OperationStatus.Completed : OperationStatus.Declined;
        (Rrn, DeclineCode, DeclineText) = (result.Rrn, result.Decline?.Code, result.Decline?.Text);
    }
}

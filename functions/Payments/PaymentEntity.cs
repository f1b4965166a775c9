using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Money;
using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Payments;

/// <summary>
/// A card payment in its site's ledger partition. It keeps the running captured and refunded totals that refunds
/// are checked against, so a refund and the total it changes commit together. No full card number is kept.
/// </summary>
public sealed class PaymentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PaymentId { get; set; } = "";

    public string MerchantId { get; set; } = "";

    public string? BillId { get; set; }

    public string AmountValue { get; set; } = "";

    public string Currency { get; set; } = "";

    public PaymentStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public string? DeclineCode { get; set; }

    public string? DeclineText { get; set; }

    /// <summary>True for a one-step sale; false when the payment is held until captured.</summary>
    public bool CaptureAtOnce { get; set; }

    public string CardFirst6 { get; set; } = "";

    public string CardLast4 { get; set; } = "";

    public CardBrand CardBrand { get; set; }

    public string? CardHolder { get; set; }

    public string? AuthCode { get; set; }

    public string? Rrn { get; set; }

    public string? AcquirerReference { get; set; }

    public string CapturedValue { get; set; } = "0";

    /// <summary>Refunded plus being refunded: a refund reserves its amount here before the acquirer is asked.</summary>
    public string RefundedValue { get; set; } = "0";

    /// <summary>The capture being made, so a second capture cannot start meanwhile.</summary>
    public string? CaptureInProgress { get; set; }

    public string? Comment { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CustomerAccount { get; set; }

    public string? CustomFields { get; set; }

    /// <summary>Where to send this payment's notifications instead of the site's URL.</summary>
    public string? CallbackUrl { get; set; }

    public string RequestFingerprint { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The row key of the transaction this payment shows as.</summary>
    public string TransactionRow { get; set; } = "";

    [IgnoreDataMember]
    public string SiteId => PartitionKey;

    [IgnoreDataMember]
    public Amount Amount => Amount.Stored(AmountValue, Currency);

    [IgnoreDataMember]
    public Amount Captured => Amount.Stored(CapturedValue, Currency);

    [IgnoreDataMember]
    public Amount Refunded => Amount.Stored(RefundedValue, Currency);

    [IgnoreDataMember]
    public MaskedCard Card => new(CardFirst6, CardLast4, CardBrand);
}

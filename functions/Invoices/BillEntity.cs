using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Money;

namespace MerchantDesk.Invoices;

/// <summary>A bill (invoice) in its site's ledger partition.</summary>
public sealed class BillEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string BillId { get; set; } = "";

    public string MerchantId { get; set; } = "";

    /// <summary>The amount as <see cref="Amount.ToString"/> writes it (Table Storage has no decimal type).</summary>
    public string AmountValue { get; set; } = "";

    public string Currency { get; set; } = "";

    public BillStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public string? Comment { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CustomerAccount { get; set; }

    /// <summary>The merchant's custom fields as a JSON object.</summary>
    public string? CustomFields { get; set; }

    /// <summary>Comma-separated protocol flags, e.g. <c>SALE</c>.</summary>
    public string Flags { get; set; } = "";

    public InvoiceOrigin Origin { get; set; }

    /// <summary>Where the payment form sends the customer after paying, if the merchant asked.</summary>
    public string? SuccessUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The unguessable key of the bill's pay URL; empty for a bill that could not be issued.</summary>
    public string PayKey { get; set; } = "";

    /// <summary>Unsuccessful payment attempts so far: the profile shows "In the process of payment".</summary>
    public int FailedAttempts { get; set; }

    /// <summary>The payment that paid the bill.</summary>
    public string? PaymentId { get; set; }

    /// <summary>The payment attempt under way, so two customers cannot pay one bill at once.</summary>
    public string? PayingPaymentId { get; set; }

    /// <summary>Until when <see cref="PayingPaymentId"/> holds the bill (a 3-D Secure step may be abandoned).</summary>
    public DateTimeOffset? PayingUntil { get; set; }

    /// <summary>A fingerprint of the creating request, so a repeated PUT can be told from a different one.</summary>
    public string RequestFingerprint { get; set; } = "";

    /// <summary>
    /// Why the profile could not issue this bill; null for every bill that was issued. Such a bill is stored
    /// rejected and without a pay link, so nothing can pay it, and the profile lists it as Error.
    /// </summary>
    public string? CreationError { get; set; }

    [IgnoreDataMember]
    public string SiteId => PartitionKey;

    [IgnoreDataMember]
    public Amount Amount => Amount.Stored(AmountValue, Currency);

    /// <summary>The status as of <paramref name="now"/>: a waiting bill past its expiry has expired.</summary>
    public BillStatus StatusAt(DateTimeOffset now) =>
        Status == BillStatus.Waiting && now >= ExpiresAt ? BillStatus.Expired : Status;

    /// <summary>Whether another payment attempt than <paramref name="paymentId"/> holds the bill now.</summary>
    public bool HeldByAnotherPayment(string paymentId, DateTimeOffset now) =>
        PayingPaymentId is not null && PayingPaymentId != paymentId && PayingUntil > now;

    public bool HasFlag(string flag) => Flags.Split(',').Contains(flag, StringComparer.Ordinal);
}

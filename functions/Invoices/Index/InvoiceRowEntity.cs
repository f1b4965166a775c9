using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Money;

namespace MerchantDesk.Invoices.Index;

/// <summary>A bill as the Invoices tab lists it, copied into its service's partition of the invoice index.</summary>
public sealed class InvoiceRowEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SiteId { get; set; } = "";

    public string BillId { get; set; } = "";

    /// <summary>As <see cref="Amount.ToString"/> writes it.</summary>
    public string AmountValue { get; set; } = "";

    public string Currency { get; set; } = "";

    /// <summary>
    /// <see cref="InvoiceStatuses.Stored"/>: without the clock, so a filter adds the expiry to it
    /// (<see cref="InvoiceQuery"/>).
    /// </summary>
    public InvoiceStatus Status { get; set; }

    public int FailedAttempts { get; set; }

    public string? Comment { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public InvoiceOrigin Origin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Empty for an invoice that could not be issued: it has no pay URL.</summary>
    public string PayKey { get; set; } = "";

    public string? CreationError { get; set; }

    [IgnoreDataMember]
    public Amount Amount => Amount.Stored(AmountValue, Currency);

    public static InvoiceRowEntity Of(BillEntity bill, string serviceId, string rowKey) => new()
    {
        PartitionKey = serviceId,
        RowKey = rowKey,
        SiteId = bill.SiteId,
        BillId = bill.BillId,
        AmountValue = bill.AmountValue,
        Currency = bill.Currency,
        Status = InvoiceStatuses.Stored(bill),
        FailedAttempts = bill.FailedAttempts,
        Comment = bill.Comment,
        CustomerEmail = bill.CustomerEmail,
        CustomerPhone = bill.CustomerPhone,
        Origin = bill.Origin,
        CreatedAt = bill.CreatedAt,
        ExpiresAt = bill.ExpiresAt,
        PayKey = bill.PayKey,
        CreationError = bill.CreationError,
    };
}

using MerchantDesk.Api;
using MerchantDesk.Payments;
using MerchantDesk.Transactions.Details;

namespace MerchantDesk.Invoices;

/// <summary>A new invoice from the Invoices tab's New invoice window.</summary>
/// <param name="Amount">In the currency's units, e.g. <c>1500.50</c>.</param>
/// <param name="Lifetime">How long it may be paid; or give <paramref name="ExpirationDateTime"/>; or neither,
/// for 45 days.</param>
/// <param name="SendToCustomer">Email the pay link to <c>customer.email</c>, which it then needs.</param>
public sealed record NewInvoiceRequest(
    string SiteId,
    decimal Amount,
    string Currency,
    string? Comment = null,
    Customer? Customer = null,
    InvoiceLifetime? Lifetime = null,
    DateTimeOffset? ExpirationDateTime = null,
    Dictionary<string, string>? CustomFields = null,
    bool SendToCustomer = false);

/// <summary>How long an invoice may be paid: <c>{"value": 3, "unit": "days"}</c>.</summary>
public sealed record InvoiceLifetime(int Value, LifetimeUnit Unit)
{
    /// <summary>The lifetime, at least a minute and at most <see cref="BillRules.MaxLifetime"/>, else a 400.</summary>
    public TimeSpan ToTimeSpan()
    {
        var minutes = Value * Unit switch
        {
            LifetimeUnit.Days => TimeSpan.FromDays(1).TotalMinutes,
            LifetimeUnit.Hours => TimeSpan.FromHours(1).TotalMinutes,
            _ => 1d,
        };
        return minutes >= 1 && minutes <= BillRules.MaxLifetime.TotalMinutes
            ? TimeSpan.FromMinutes(minutes)
            : throw ApiException.BadRequest(
                "api.lifetime.invalid",
                "'lifetime' must be at least a minute and at most a year.");
    }
}

public enum LifetimeUnit
{
    Minutes,
    Hours,
    Days,
}

/// <summary>The answer to a new invoice: the invoice, and the QR code of its pay URL.</summary>
/// <param name="QrCode">A <c>data:image/png;base64,…</c> URL to show as it is; null for an Error invoice. The
/// invoice's QR route draws it at print size or as SVG.</param>
/// <param name="SentToCustomer">Whether the pay link is on its way to the customer's email.</param>
public sealed record CreatedInvoice(InvoiceDetails Invoice, string? QrCode, bool SentToCustomer);

/// <summary>An invoice's window: everything the list shows, its customer, custom fields and payment attempts.</summary>
/// <param name="PayUrl">The payment form of the invoice; null when it could not be issued.</param>
/// <param name="ErrorReason">Why it could not be issued, for the Error status.</param>
public sealed record InvoiceDetails(
    string BillId,
    InvoiceStatus Status,
    string SiteId,
    string SiteName,
    MoneyView Amount,
    string? Comment,
    Customer? Customer,
    IReadOnlyDictionary<string, string>? CustomFields,
    InvoiceOrigin Origin,
    DateTimeOffset CreatedDateTime,
    DateTimeOffset ExpirationDateTime,
    string? PayUrl,
    string? ErrorReason,
    int FailedAttempts,
    IReadOnlyList<InvoicePaymentView> Payments);

/// <summary>A payment attempt on an invoice; its details are on the Transactions tab.</summary>
public sealed record InvoicePaymentView(
    string PaymentId,
    PaymentStatus Status,
    MoneyView Amount,
    DateTimeOffset CreatedDateTime,
    string? MaskedCard,
    DeclineView? DeclineReason);

/// <summary>One row of the Invoices tab; its ids open the invoice's window.</summary>
public sealed record InvoiceListItem(
    string BillId,
    InvoiceStatus Status,
    string SiteId,
    MoneyView Amount,
    string? Comment,
    string? CustomerEmail,
    InvoiceOrigin Origin,
    DateTimeOffset CreatedDateTime,
    DateTimeOffset ExpirationDateTime,
    int FailedAttempts,
    string? PayUrl,
    string? ErrorReason);

public sealed record InvoicePage(IReadOnlyList<InvoiceListItem> Items, string? NextPageToken);

using System.Text.Json;
using MerchantDesk.Api;
using MerchantDesk.Invoices.Index;
using MerchantDesk.Money;
using MerchantDesk.Payments;
using MerchantDesk.Sites;
using MerchantDesk.Transactions.Details;

namespace MerchantDesk.Invoices;

/// <summary>Writes bills as the Invoices tab shows them, in the profile's statuses.</summary>
public sealed class InvoiceViews(PayLinks payLinks, TimeProvider clock)
{
    public InvoiceListItem Item(InvoiceRowEntity row, DateTimeOffset now) => new(
        row.BillId,
        InvoiceStatuses.At(row.Status, row.ExpiresAt, now),
        row.SiteId,
        Money(row.Amount),
        row.Comment,
        row.CustomerEmail,
        row.Origin,
        row.CreatedAt,
        row.ExpiresAt,
        row.FailedAttempts,
        PayUrl(row.PayKey),
        row.CreationError);

    public InvoiceDetails Details(BillEntity bill, SiteEntity site, IReadOnlyList<PaymentEntity> attempts) => new(
        bill.BillId,
        InvoiceStatuses.At(InvoiceStatuses.Stored(bill), bill.ExpiresAt, clock.GetUtcNow()),
        bill.SiteId,
        site.Name,
        Money(bill.Amount),
        bill.Comment,
        bill.CustomerEmail is null && bill.CustomerPhone is null && bill.CustomerAccount is null
            ? null
            : new Customer(bill.CustomerEmail, bill.CustomerPhone, bill.CustomerAccount),
        bill.CustomFields is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, string>>(bill.CustomFields, MerchantDeskJson.Options),
        bill.Origin,
        bill.CreatedAt,
        bill.ExpiresAt,
        PayUrl(bill.PayKey),
        bill.CreationError,
        bill.FailedAttempts,
        attempts.Select(Attempt).ToList());

    private static InvoicePaymentView Attempt(PaymentEntity payment) => new(
        payment.PaymentId,
        payment.Status,
        Money(payment.Amount),
        payment.CreatedAt,
        payment.CardFirst6.Length == 0 ? null : payment.Card.Masked,
        payment.DeclineCode is null ? null : new DeclineView(payment.DeclineCode, payment.DeclineText));

    private string? PayUrl(string payKey) => payKey.Length == 0 ? null : payLinks.PayUrl(payKey).AbsoluteUri;

    private static MoneyView Money(Amount amount) => new(amount.ToString(), amount.Currency);
}

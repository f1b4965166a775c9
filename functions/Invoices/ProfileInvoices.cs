using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Money;
using MerchantDesk.Payments;
using MerchantDesk.Protocol;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Invoices;

/// <summary>
/// The Invoices tab's New invoice and invoice window. A new invoice is a bill like any other (origin Profile), so
/// it is listed, paid and notified as bills from the protocols and the payment form are.
/// </summary>
public sealed class ProfileInvoices(
    StorageAccount storage,
    BillService bills,
    PaymentService payments,
    InvoiceViews views,
    InvoiceMail mail)
{
    /// <summary>8 pixels a module draws the answer's QR code about 400 pixels wide: enough for a screen.</summary>
    private const int ScreenPixelsPerModule = 8;

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<CreatedInvoice> CreateAsync(
        ProfileCaller caller,
        string serviceId,
        NewInvoiceRequest request,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireServiceAsync(caller.MerchantId, serviceId, cancellationToken);
        var site = await Merchants.RequireSiteOfServiceAsync(
            caller.MerchantId,
            serviceId,
            request.SiteId,
            cancellationToken);
        var bill = await bills.IssueAsync(caller.MerchantId, site.SiteId, BillOf(request, site), cancellationToken);
        var send = request.SendToCustomer && bill.CreationError is null;
        if (send && bill.CustomerEmail is { } email)
        {
            await mail.SendPayLinkAsync(bill, site, email, cancellationToken);
        }

        var invoice = views.Details(bill, site, []);
        return new CreatedInvoice(invoice, invoice.PayUrl is { } url ? QrDataUrl(url) : null, send);
    }

    /// <summary>The caller's invoice with its payment attempts, read from the ledger; else a 404.</summary>
    public async Task<InvoiceDetails> ShowAsync(
        ProfileCaller caller,
        string siteId,
        string billId,
        CancellationToken cancellationToken)
    {
        var site = await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var bill = ClientIds.IsValid(billId) ? await bills.FindAsync(siteId, billId, cancellationToken) : null;
        if (bill is null)
        {
            throw BillService.NotFound(billId);
        }

        return views.Details(bill, site, await payments.OfBillAsync(siteId, billId, cancellationToken));
    }

    // Profile invoices charge at once, as the payment form's do: the merchant has no server call to capture a hold.
    private static NewBill BillOf(NewInvoiceRequest request, SiteEntity site)
    {
        var amount = Amount.Of(request.Amount, request.Currency);
        if (request.SendToCustomer && string.IsNullOrWhiteSpace(request.Customer?.Email))
        {
            throw ApiException.BadRequest(
                "api.customer.email.missing",
                "'customer.email' is needed to send the invoice to the customer.");
        }

        return new NewBill(
            Keys.NewId("inv"),
            amount,
            InvoiceOrigin.Profile,
            request.Comment,
            request.ExpirationDateTime,
            request.Customer,
            request.CustomFields,
            [PayinRequests.Sale],
            Lifetime: LifetimeOf(request),
            CreationError: CreationErrorOf(site));
    }

    private static TimeSpan? LifetimeOf(NewInvoiceRequest request) =>
        request.Lifetime is not null && request.ExpirationDateTime is not null
            ? throw ApiException.BadRequest(
                "api.lifetime.ambiguous",
                "Give either 'lifetime' or 'expirationDateTime', not both.")
            : request.Lifetime?.ToTimeSpan();

    // The payment form takes cards only: an invoice of a site without them could never be paid, so it is recorded
    // as an Error that says why instead of a pay link that fails every customer.
    private static string? CreationErrorOf(SiteEntity site) =>
        PaymentMethodList.Parse(site.PaymentMethods).Contains(PaymentMethod.Card)
            ? null
            : "The site does not accept card payments, the only method of the payment form. "
                + "Enable cards for the site, then create the invoice again.";

    private static string QrDataUrl(string payUrl) =>
        "data:image/png;base64,"
        + Convert.ToBase64String(QrCodes.Png(new Uri(payUrl), ScreenPixelsPerModule));
}

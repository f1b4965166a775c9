using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.OpenApi;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Invoices;

/// <summary>The QR code of a bill's pay URL, to show or print for the customer.</summary>
public sealed class InvoiceQrFunction(ProfileApi api, StorageAccount storage, BillService bills, PayLinks payLinks)
{
    [Function("GetInvoiceQrCode")]
    [ApiOperation("Account Profile: invoices",
        "A QR code of a bill's pay URL as image/png or image/svg+xml; 'size' is pixels per module (2-40)",
        Auth = ApiAuth.Session, Errors = [401, 403, 404], Query = ["format", "size"])]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/bills/{billId}/qr")]
        HttpRequest request,
        string siteId,
        string billId)
    {
        return api.HandleAsync(request, Permission.ViewInvoices, async (caller, ct) =>
        {
            await storage.Table(MerchantTable.Name).RequireSiteAsync(caller.MerchantId, siteId, ct);
            var bill = await bills.GetAsync(siteId, billId, ct);
            if (bill.CreationError is not null)
            {
                throw ApiException.NotFound("api.invoice.pay.url.missing", "The invoice was not issued: no pay URL.");
            }

            return QrImages.Answer(request, payLinks.PayUrl(bill.PayKey));
        });
    }
}

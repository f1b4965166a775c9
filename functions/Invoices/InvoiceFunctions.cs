using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Invoices;

/// <summary>A service's Invoices tab: the list with its filters, an invoice's window, and New invoice.</summary>
public sealed class InvoiceFunctions(ProfileApi api, JsonBody body, InvoiceList list, ProfileInvoices invoices)
{
    public const string Tag = "Account Profile: invoices";

    [Function("ListInvoices")]
    [ApiOperation(Tag, "The service's invoices from every source, newest first; filter by status and site",
        Response = typeof(InvoicePage), Auth = ApiAuth.Session, Errors = [401, 403, 404],
        Query = ["status", "siteId", "pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services/{serviceId}/invoices")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ViewInvoices, async (caller, ct) =>
        {
            var query = new InvoiceQuery(
                serviceId,
                request.Query["siteId"].ToString() is { Length: > 0 } siteId ? siteId : null,
                QueryParameters.Enum<InvoiceStatus>(request, "status"));
            var page = QueryParameters.Page(request, InvoiceList.PageKey(caller, query));
            return ApiResults.Json(await list.PageAsync(caller, query, page, ct));
        });
    }

    [Function("GetInvoice")]
    [ApiOperation(Tag, "An invoice with its status, pay URL, customer, custom fields and payment attempts",
        Response = typeof(InvoiceDetails), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/invoices/{billId}")]
        HttpRequest request,
        string siteId,
        string billId)
    {
        return api.HandleAsync(request, Permission.ViewInvoices, async (caller, ct) =>
            ApiResults.Json(await invoices.ShowAsync(caller, siteId, billId, ct)));
    }

    [Function("CreateInvoice")]
    [ApiOperation(Tag, "Issue an invoice on a site of the service; answers its pay URL and QR code, and emails the "
        + "pay link when asked. An invoice the site cannot take is recorded with status error and its reason",
        Request = typeof(NewInvoiceRequest), Response = typeof(CreatedInvoice), Status = 201,
        Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/services/{serviceId}/invoices")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.IssueInvoices, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<NewInvoiceRequest>(request, ct);
            var created = await invoices.CreateAsync(caller, serviceId, asked, ct);
            return ApiResults.Json(created, StatusCodes.Status201Created);
        });
    }
}

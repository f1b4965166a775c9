using MerchantDesk.Api;
using MerchantDesk.Invoices;
using MerchantDesk.OpenApi;
using MerchantDesk.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Protocol.Payin;

/// <summary>The payin protocol's bills.</summary>
public sealed class PayinBillFunctions(
    ProtocolApi api,
    JsonBody body,
    BillService bills,
    PaymentService payments,
    PayinViews views)
{
    private const string Tag = "Payin protocol: bills";
    private const string Route = "partner/payin/v1/sites/{siteId}/bills/{billId}";

    [Function("PayinPutBill")]
    [ApiOperation(Tag, "Issue a bill; repeating the same request answers the same bill",
        Request = typeof(PayinBillRequest), Response = typeof(PayinBill), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 409])]
    public Task<IActionResult> PutBillAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route)] HttpRequest request,
        string siteId,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (caller, site, ct) =>
        {
            var wanted = PayinRequests.Bill(
                billId,
                await body.ReadAsync<PayinBillRequest>(request, ct),
                InvoiceOrigin.Protocol);
            return ApiResults.Json(views.Bill(await bills.IssueAsync(caller.MerchantId, site, wanted, ct)));
        });
    }

    [Function("PayinGetBill")]
    [ApiOperation(Tag, "A bill with its status", Response = typeof(PayinBill), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 404])]
    public Task<IActionResult> GetBillAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request,
        string siteId,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
            ApiResults.Json(views.Bill(await bills.GetAsync(site, billId, ct))));
    }

    [Function("PayinGetBillDetails")]
    [ApiOperation(Tag, "A bill with every payment attempt made on it", Response = typeof(PayinBillDetails),
        Auth = ApiAuth.ApiToken, Errors = [401, 403, 404])]
    public Task<IActionResult> GetBillDetailsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/details")] HttpRequest request,
        string siteId,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var bill = await bills.GetAsync(site, billId, ct);
            var attempts = await payments.OfBillAsync(site, billId, ct);
            return ApiResults.Json(new PayinBillDetails(views.Bill(bill), attempts.Select(views.Payment).ToList()));
        });
    }
}

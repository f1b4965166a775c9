using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using MerchantDesk.Payments;
using MerchantDesk.Sites;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Protocol.Payin;

/// <summary>The payin protocol's card payments and their 3-D Secure step.</summary>
public sealed class PayinPaymentFunctions(ProtocolApi api, JsonBody body, PaymentService payments, PayinViews views)
{
    private const string Tag = "Payin protocol: payments";
    private const string Route = "partner/payin/v1/sites/{siteId}/payments/{paymentId}";

    [Function("PayinPutPayment")]
    [ApiOperation(Tag, "Pay by card, for a bill or on its own; without the SALE flag the amount is held",
        Request = typeof(PayinPaymentRequest), Response = typeof(PayinPayment), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 404, 409])]
    public Task<IActionResult> PutPaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route)] HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (caller, site, ct) =>
        {
            caller.DemandMethod(PaymentMethod.Card);
            var wanted = PayinRequests.Payment(paymentId, await body.ReadAsync<PayinPaymentRequest>(request, ct));
            return ApiResults.Json(views.Payment(await payments.PayAsync(caller.MerchantId, site, wanted, ct)));
        });
    }

    [Function("PayinGetPayment")]
    [ApiOperation(Tag, "A payment with its status", Response = typeof(PayinPayment), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 404])]
    public Task<IActionResult> GetPaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
            ApiResults.Json(views.Payment(await payments.GetAsync(site, paymentId, ct))));
    }

    [Function("PayinCompletePayment")]
    [ApiOperation(Tag, "Finish 3-D Secure with the ACS page's result (sandbox: pares Y passes, N fails)",
        Request = typeof(CompletePaymentRequest), Response = typeof(PayinPayment), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 404, 409])]
    public Task<IActionResult> CompletePaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/complete")] HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var result = await body.ReadAsync<CompletePaymentRequest>(request, ct);
            var confirmed = string.Equals(result.ThreeDS.Pares, "Y", StringComparison.Ordinal);
            return ApiResults.Json(views.Payment(await payments.CompleteThreeDsAsync(site, paymentId, confirmed, ct)));
        });
    }
}

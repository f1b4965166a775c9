using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using MerchantDesk.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Protocol.Payin;

/// <summary>The payin protocol's captures and refunds of a payment.</summary>
public sealed class PayinOperationFunctions(
    ProtocolApi api,
    JsonBody body,
    CaptureService captures,
    RefundService refunds,
    PaymentOperations operations,
    PaymentService payments,
    PayinViews views)
{
    private const string Tag = "Payin protocol: captures and refunds";
    private const string Payment = "partner/payin/v1/sites/{siteId}/payments/{paymentId}";

    [Function("PayinPutCapture")]
    [ApiOperation(Tag, "Capture all or part of a held payment", Request = typeof(CaptureRequest),
        Response = typeof(PayinCapture), Auth = ApiAuth.ApiToken, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> PutCaptureAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Payment + "/captures/{captureId}")]
        HttpRequest request,
        string siteId,
        string paymentId,
        string captureId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var wanted = await body.ReadAsync<CaptureRequest>(request, ct);
            var capture = await captures.CaptureAsync(
                site,
                paymentId,
                ClientIds.Check(captureId, "captureId"),
                wanted.Amount?.ToAmount(),
                ct);
            return ApiResults.Json(views.Capture(capture));
        });
    }

    [Function("PayinGetCapture")]
    [ApiOperation(Tag, "A capture", Response = typeof(PayinCapture), Auth = ApiAuth.ApiToken, Errors = [401, 403, 404])]
    public Task<IActionResult> GetCaptureAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Payment + "/captures/{captureId}")]
        HttpRequest request,
        string siteId,
        string paymentId,
        string captureId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var capture = await operations.FindAsync(site, LedgerTable.CaptureRow(paymentId, captureId), ct)
                ?? throw ApiException.NotFound("api.capture.not.found", $"No capture '{captureId}' of this payment.");
            return ApiResults.Json(views.Capture(capture));
        });
    }

    [Function("PayinPutRefund")]
    [ApiOperation(Tag, "Refund all or part of what was captured and not refunded yet", Request = typeof(RefundRequest),
        Response = typeof(PayinRefund), Auth = ApiAuth.ApiToken, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> PutRefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Payment + "/refunds/{refundId}")]
        HttpRequest request,
        string siteId,
        string paymentId,
        string refundId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var wanted = await body.ReadAsync<RefundRequest>(request, ct);
            var refund = await refunds.RefundAsync(
                site,
                paymentId,
                ClientIds.Check(refundId, "refundId"),
                wanted.Amount.ToAmount(),
                wanted.Reason,
                ct);
            return ApiResults.Json(views.Refund(refund));
        });
    }

    [Function("PayinGetRefund")]
    [ApiOperation(Tag, "A refund", Response = typeof(PayinRefund), Auth = ApiAuth.ApiToken, Errors = [401, 403, 404])]
    public Task<IActionResult> GetRefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Payment + "/refunds/{refundId}")]
        HttpRequest request,
        string siteId,
        string paymentId,
        string refundId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            var refund = await operations.FindAsync(site, LedgerTable.RefundRow(paymentId, refundId), ct)
                ?? throw ApiException.NotFound("api.refund.not.found", $"No refund '{refundId}' of this payment.");
            return ApiResults.Json(views.Refund(refund));
        });
    }

    [Function("PayinListRefunds")]
    [ApiOperation(Tag, "Every refund of a payment", Response = typeof(PayinRefund[]), Auth = ApiAuth.ApiToken,
        Errors = [401, 403, 404])]
    public Task<IActionResult> ListRefundsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Payment + "/refunds")] HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, ApiSurface.Payin, siteId, async (_, site, ct) =>
        {
            await payments.GetAsync(site, paymentId, ct);
            var list = await payments.RefundsOfAsync(site, paymentId, ct);
            return ApiResults.Json(list.Select(views.Refund).ToList());
        });
    }
}

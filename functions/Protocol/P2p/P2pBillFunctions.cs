using MerchantDesk.Api;
using MerchantDesk.Invoices;
using MerchantDesk.OpenApi;
using MerchantDesk.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Protocol.P2p;

/// <summary>
/// The bills protocol for merchants on the older integration, on the same invoices: the token's home site is the
/// site, which the token always covers, so these routes answer no 403. Bodies of GET and reject are ignored, so
/// clients that send <c>null</c> there are served.
/// </summary>
public sealed class P2pBillFunctions(
    ProtocolApi api,
    JsonBody body,
    BillService bills,
    RefundService refunds,
    PaymentService payments,
    PaymentOperations operations,
    P2pViews views)
{
    private const string Tag = "Bills protocol (P2P)";
    private const string Bill = "partner/bill/v1/bills/{billId}";

    [Function("P2pPutBill")]
    [ApiOperation(Tag, "Issue a bill on the token's site", Request = typeof(P2pBillRequest), Response = typeof(P2pBill),
        Auth = ApiAuth.ApiToken, Errors = [401, 409])]
    public Task<IActionResult> PutBillAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Bill)] HttpRequest request,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Bills, null, async (caller, site, ct) =>
        {
            var wanted = await body.ReadAsync<P2pBillRequest>(request, ct);
            var bill = new NewBill(
                ClientIds.Check(billId, "billId"),
                wanted.Amount.ToAmount(),
                InvoiceOrigin.P2pProtocol,
                wanted.Comment,
                wanted.ExpirationDateTime,
                wanted.Customer?.ToCustomer(),
                wanted.CustomFields);
            return ApiResults.Json(views.Bill(await bills.IssueAsync(caller.MerchantId, site, bill, ct)));
        });
    }

    [Function("P2pGetBill")]
    [ApiOperation(Tag, "A bill with its status", Response = typeof(P2pBill), Auth = ApiAuth.ApiToken,
        Errors = [401, 404])]
    public Task<IActionResult> GetBillAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Bill)] HttpRequest request,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Bills, null, async (_, site, ct) =>
            ApiResults.Json(views.Bill(await bills.GetAsync(site, billId, ct))));
    }

    [Function("P2pRejectBill")]
    [ApiOperation(Tag, "Reject (cancel) a waiting bill", Response = typeof(P2pBill), Auth = ApiAuth.ApiToken,
        Errors = [401, 404, 409])]
    public Task<IActionResult> RejectBillAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Bill + "/reject")] HttpRequest request,
        string billId)
    {
        return api.HandleAsync(request, ApiSurface.Bills, null, async (_, site, ct) =>
            ApiResults.Json(views.Bill(await bills.RejectAsync(site, billId, ct))));
    }

    [Function("P2pPutRefund")]
    [ApiOperation(Tag, "Refund all or part of a paid bill", Request = typeof(P2pRefundRequest),
        Response = typeof(P2pRefund), Auth = ApiAuth.ApiToken, Errors = [401, 404, 409])]
    public Task<IActionResult> PutRefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Bill + "/refunds/{refundId}")] HttpRequest request,
        string billId,
        string refundId)
    {
        return api.HandleAsync(request, ApiSurface.Bills, null, async (_, site, ct) =>
        {
            var wanted = await body.ReadAsync<P2pRefundRequest>(request, ct);
            var paymentId = await PaymentOfAsync(site, billId, ct);
            var refund = await refunds.RefundAsync(
                site,
                paymentId,
                ClientIds.Check(refundId, "refundId"),
                wanted.Amount.ToAmount(),
                null,
                ct);
            return ApiResults.Json(views.Refund(refund, await payments.GetAsync(site, paymentId, ct)));
        });
    }

    [Function("P2pGetRefund")]
    [ApiOperation(Tag, "A refund of a bill", Response = typeof(P2pRefund), Auth = ApiAuth.ApiToken,
        Errors = [401, 404])]
    public Task<IActionResult> GetRefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Bill + "/refunds/{refundId}")] HttpRequest request,
        string billId,
        string refundId)
    {
        return api.HandleAsync(request, ApiSurface.Bills, null, async (_, site, ct) =>
        {
            var paymentId = await PaymentOfAsync(site, billId, ct);
            var refund = await operations.FindAsync(site, LedgerTable.RefundRow(paymentId, refundId), ct)
                ?? throw ApiException.NotFound("api.refund.not.found", $"No refund '{refundId}' of this bill.");
            return ApiResults.Json(views.Refund(refund, await payments.GetAsync(site, paymentId, ct)));
        });
    }

    private async Task<string> PaymentOfAsync(string siteId, string billId, CancellationToken cancellationToken)
    {
        var bill = await bills.GetAsync(siteId, billId, cancellationToken);
        return bill.PaymentId
            ?? throw ApiException.Conflict(
                "api.invoice.not.paid",
                "The bill is not paid, so there is nothing to refund.");
    }
}

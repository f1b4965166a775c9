using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using MerchantDesk.Transactions.Details;
using MerchantDesk.Transactions.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Transactions;

/// <summary>A service's Transactions tab: the list with its search and filters, export, details and refunds.</summary>
public sealed class TransactionFunctions(
    ProfileApi api,
    JsonBody body,
    TransactionQueryReader queries,
    TransactionList list,
    TransactionDetailsReader details,
    ProfileRefunds refunds)
{
    public const string Tag = "Account Profile: transactions";

    [Function("ListTransactions")]
    [ApiOperation(Tag, "The service's transactions, newest first, searched and filtered, in the chosen columns",
        Response = typeof(TransactionPage), Auth = ApiAuth.Session, Errors = [401, 403, 404],
        Query = ["siteId", "searchBy", "search", "period", "from", "to", "amountFrom", "amountTo", "type", "status",
            "pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services/{serviceId}/transactions")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
        {
            var query = queries.Read(request, serviceId);
            var page = QueryParameters.Page(request, TransactionList.PageKey(caller, query));
            return ApiResults.Json(await list.PageAsync(caller, query, page, ct));
        });
    }

    [Function("ExportTransactions")]
    [ApiOperation(Tag, "Every transaction the search and filters find, as CSV in the chosen columns (streamed)",
        Auth = ApiAuth.Session, Errors = [401, 403, 404],
        Query = ["siteId", "searchBy", "search", "period", "from", "to", "amountFrom", "amountTo", "type", "status"])]
    public Task<IActionResult> ExportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services/{serviceId}/transactions/export")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
            await list.ExportAsync(caller, queries.Read(request, serviceId), ct));
    }

    [Function("GetPaymentDetails")]
    [ApiOperation(Tag, "A payment's details with its captures, refunds and the amount still refundable",
        Response = typeof(PaymentDetails), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> PaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/payments/{paymentId}")]
        HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
            ApiResults.Json(await details.PaymentAsync(caller, siteId, paymentId, ct)));
    }

    [Function("GetRefundDetails")]
    [ApiOperation(Tag, "A refund's details with the payment it refunds",
        Response = typeof(RefundDetails), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> RefundDetailsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "profile/sites/{siteId}/payments/{paymentId}/refunds/{refundId}")]
        HttpRequest request,
        string siteId,
        string paymentId,
        string refundId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
            ApiResults.Json(await details.RefundAsync(caller, siteId, paymentId, refundId, ct)));
    }

    [Function("RefundPayment")]
    [ApiOperation(Tag, "Refund all or part of a payment, with a reason; never more than is left to refund",
        Request = typeof(ProfileRefundRequest), Response = typeof(RefundDetails), Status = 201,
        Auth = ApiAuth.Session, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> RefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "profile/sites/{siteId}/payments/{paymentId}/refunds")]
        HttpRequest request,
        string siteId,
        string paymentId)
    {
        return api.HandleAsync(request, Permission.MakeRefunds, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<ProfileRefundRequest>(request, ct);
            var refund = await refunds.RefundAsync(caller, siteId, paymentId, asked, ct);
            return ApiResults.Json(refund, StatusCodes.Status201Created);
        });
    }
}

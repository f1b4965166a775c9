using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Notifications;

/// <summary>
/// A site's server notifications in the Account Profile: what was sent, how each attempt went, and redelivery.
/// Whoever may configure the site's notifications (<see cref="Permission.CreateTokens"/>) may do these.
/// </summary>
public sealed class NotificationFunctions(ProfileApi api, JsonBody body, DeliveryLog log)
{
    public const string Tag = "Account Profile: notifications";

    [Function("ListNotificationDeliveries")]
    [ApiOperation(Tag, "The site's notification deliveries, newest event first, optionally in one state",
        Response = typeof(DeliveryPage), Auth = ApiAuth.Session, Errors = [400, 401, 403, 404],
        Query = ["state", "pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/notifications")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
        {
            var state = QueryParameters.Enum<DeliveryState>(request, "state");
            var page = QueryParameters.Page(request, DeliveryLog.PageKey(caller, siteId, state));
            return ApiResults.Json(await log.ListAsync(caller, siteId, state, page, ct));
        });
    }

    [Function("GetNotificationDelivery")]
    [ApiOperation(Tag, "One delivery with the request body sent and every attempt, newest first",
        Response = typeof(DeliveryDetails), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/notifications/{deliveryId}")]
        HttpRequest request,
        string siteId,
        string deliveryId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
            ApiResults.Json(await log.GetAsync(caller, siteId, deliveryId, ct)));
    }

    [Function("RedeliverNotification")]
    [ApiOperation(Tag, "Send one delivery again, on a fresh retry schedule, whatever its state",
        Response = typeof(DeliverySummary), Status = 202, Auth = ApiAuth.Session, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> RedeliverAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "profile/sites/{siteId}/notifications/{deliveryId}/redelivery")]
        HttpRequest request,
        string siteId,
        string deliveryId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
            ApiResults.Json(await log.RedeliverAsync(caller, siteId, deliveryId, ct), StatusCodes.Status202Accepted));
    }

    [Function("RedeliverFailedNotifications")]
    [ApiOperation(Tag, "Send again every failed delivery of events since a moment (at most 500 a call)",
        Request = typeof(RedeliverFailedRequest), Response = typeof(RedeliveryView), Status = 202,
        Auth = ApiAuth.Session, Errors = [400, 401, 403, 404])]
    public Task<IActionResult> RedeliverFailedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sites/{siteId}/notifications/redelivery")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<RedeliverFailedRequest>(request, ct);
            var started = await log.RedeliverFailedAsync(caller, siteId, asked, ct);
            return ApiResults.Json(started, StatusCodes.Status202Accepted);
        });
    }
}

using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Credentials;

/// <summary>A service's Settings tab: its sites and tokens, and each site's keys and notification URL.</summary>
public sealed class SettingsFunctions(
    ProfileApi api,
    JsonBody body,
    SettingsTab settings,
    NotificationSettings notifications)
{
    public const string Tag = "Account Profile: settings";

    [Function("ListServiceSettings")]
    [ApiOperation(Tag, "The service's sites with their public keys, notification URLs and API tokens",
        Response = typeof(ServiceSettingsView), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services/{serviceId}/sites")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ViewServices, async (caller, ct) =>
            ApiResults.Json(await settings.ListAsync(caller, serviceId, ct)));
    }

    [Function("GetSiteKeys")]
    [ApiOperation(Tag, "The site's public key, payment form URL, notification key and notification URL",
        Response = typeof(SiteKeysView), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> KeysAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/keys")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
            SecretResults.Json(request, await settings.KeysAsync(caller, siteId, ct)));
    }

    [Function("ReissueNotificationKey")]
    [ApiOperation(Tag, "Reissue the site's notification key; the old key stops signing at once",
        Response = typeof(NotificationKeyView), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> ReissueKeyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sites/{siteId}/notification-key")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
            SecretResults.Json(request, await notifications.ReissueKeyAsync(caller, siteId, ct)));
    }

    [Function("SetNotificationUrl")]
    [ApiOperation(Tag, "Set the URL for server notifications (https, public address), or null to stop them",
        Request = typeof(NotificationUrlRequest), Response = typeof(NotificationUrlView), Auth = ApiAuth.Session,
        Errors = [401, 403, 404])]
    public Task<IActionResult> SetUrlAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "profile/sites/{siteId}/notification-url")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
        {
            var change = await body.ReadAsync<NotificationUrlRequest>(request, ct);
            return ApiResults.Json(await notifications.SetUrlAsync(caller, siteId, change, ct));
        });
    }
}

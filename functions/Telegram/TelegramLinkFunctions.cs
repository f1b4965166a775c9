using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Telegram;

/// <summary>The Settings tab's link next to an API token: "Use for invoicing via Telegram".</summary>
public sealed class TelegramLinkFunctions(ProfileApi profile, StartCodes codes)
{
    [Function("CreateTelegramLink")]
    [ApiOperation(SettingsFunctions.Tag,
        "\"Use for invoicing via Telegram\": a one-time deep link to the payment bot that binds the chat to the token",
        Response = typeof(TelegramLinkView), Status = 201, Auth = ApiAuth.Session, Errors = [401, 403, 404, 503])]
    public Task<IActionResult> CreateLinkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sites/{siteId}/tokens/{tokenId}/telegram")]
        HttpRequest request,
        string siteId,
        string tokenId)
    {
        return profile.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
            ApiResults.Json(await codes.CreateAsync(caller, siteId, tokenId, ct), StatusCodes.Status201Created));
    }
}

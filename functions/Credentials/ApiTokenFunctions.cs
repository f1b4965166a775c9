using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Credentials;

/// <summary>The Settings tab's API tokens: create one for a site, revoke one.</summary>
public sealed class ApiTokenFunctions(ProfileApi api, JsonBody body, ApiTokenService tokens)
{
    [Function("IssueApiToken")]
    [ApiOperation(SettingsFunctions.Tag,
        "Create an API token for the protocol, covering the site's service; the token is shown in this answer only",
        Request = typeof(IssueApiTokenRequest), Response = typeof(IssuedApiToken), Status = 201,
        Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> IssueAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sites/{siteId}/tokens")]
        HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
        {
            var issue = await body.ReadAsync<IssueApiTokenRequest>(request, ct);
            var issued = await tokens.IssueAsync(caller, siteId, issue, ct);
            return SecretResults.Json(request, issued, StatusCodes.Status201Created);
        });
    }

    [Function("RevokeApiToken")]
    [ApiOperation(SettingsFunctions.Tag, "Revoke an API token; protocol calls with it fail from now on",
        Status = 204, Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> RevokeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "profile/sites/{siteId}/tokens/{tokenId}")]
        HttpRequest request,
        string siteId,
        string tokenId)
    {
        return api.HandleAsync(request, Permission.CreateTokens, async (caller, ct) =>
        {
            await tokens.RevokeAsync(caller, siteId, tokenId, ct);
            return new NoContentResult();
        });
    }
}

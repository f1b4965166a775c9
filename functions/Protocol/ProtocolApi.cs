using MerchantDesk.Api;
using MerchantDesk.Credentials;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Protocol;

/// <summary>
/// Runs a protocol call from a merchant's server: authenticates the API token, checks that it covers the site,
/// then calls the handler. Errors answer in the protocol's error body.
/// </summary>
public sealed class ProtocolApi(ApiRequestHandler handler, ApiTokenAuthenticator tokens)
{
    /// <param name="siteId">The site in the route; null to use the token's home site (bills protocol).</param>
    public Task<IActionResult> HandleAsync(
        HttpRequest request,
        string surface,
        string? siteId,
        Func<ApiTokenCaller, string, CancellationToken, Task<IActionResult>> handle)
    {
        return handler.HandleAsync(request, surface, async cancellationToken =>
        {
            var caller = await tokens.AuthenticateAsync(request, cancellationToken);
            var site = siteId ?? caller.HomeSiteId;
            caller.DemandSite(site);
            return await handle(caller, site, cancellationToken);
        });
    }
}

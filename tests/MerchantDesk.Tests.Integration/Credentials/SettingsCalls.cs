using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Credentials;

/// <summary>The Settings tab's calls as a merchant's user makes them, and a protocol call's token check.</summary>
public sealed class SettingsCalls(AppHost app, TestMerchant merchant, Role role = Role.TechnicalSpecialist)
{
    public ApiCall Api { get; } = new(app, merchant[role].SessionToken);

    public Task<IssuedApiToken> IssueTokenAsync(string comment = "Checkout server", string? siteId = null) =>
        Api.PostAsync($"profile/sites/{siteId ?? merchant.SiteId}/tokens", new { comment })
            .ExpectAsync<IssuedApiToken>(HttpStatusCode.Created);

    public Task<ServiceSettingsView> ListAsync() =>
        Api.GetAsync($"profile/services/{merchant.ServiceId}/sites")
            .ExpectAsync<ServiceSettingsView>(HttpStatusCode.OK);

    public Task<SiteKeysView> KeysAsync() =>
        Api.GetAsync($"profile/sites/{merchant.SiteId}/keys").ExpectAsync<SiteKeysView>(HttpStatusCode.OK);

    /// <summary>Connects another site to the merchant's service, as an operator does.</summary>
    public async Task<string> ConnectSiteAsync(params PaymentMethod[] methods)
    {
        var site = await app.Services.GetRequiredService<ServiceCatalog>().ConnectSiteAsync(
            merchant.MerchantId,
            merchant.ServiceId,
            new ConnectSiteRequest("Second site", "https://second.example", methods),
            default);
        return site.SiteId;
    }

    /// <summary>Authenticates a protocol call carrying <paramref name="token"/>, as the protocol API does.</summary>
    public Task<ApiTokenCaller> AuthenticateAsync(string? token) =>
        app.Services.GetRequiredService<ApiTokenAuthenticator>().AuthenticateAsync(ProtocolRequest(token), default);

    public static HttpRequest ProtocolRequest(string? token)
    {
        var context = new DefaultHttpContext();
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        return context.Request;
    }
}

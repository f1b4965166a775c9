using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>A test merchant's site with an API token, as a merchant's server holds it.</summary>
public sealed record ProtocolSite(TestMerchant Merchant, string SiteId, string Token)
{
    public static async Task<ProtocolSite> CreateAsync(AppHost app, string companyName = "Protocol LLC")
    {
        var merchant = await TestMerchant.CreateAsync(app, companyName);
        return new ProtocolSite(merchant, merchant.SiteId, await IssueTokenAsync(app, merchant, merchant.SiteId));
    }

    public string Payin(string path) => $"partner/payin/v1/sites/{SiteId}/{path}";

    /// <summary>Another site of the same service, taking <paramref name="methods"/>, with its own token.</summary>
    public async Task<ProtocolSite> AnotherSiteAsync(AppHost app, params PaymentMethod[] methods)
    {
        var added = await app.Services.GetRequiredService<ServiceCatalog>().ConnectSiteAsync(
            Merchant.MerchantId,
            Merchant.ServiceId,
            new ConnectSiteRequest("Second site", "https://second.example", methods),
            default);
        return this with { SiteId = added.SiteId, Token = await IssueTokenAsync(app, Merchant, added.SiteId) };
    }

    /// <summary>Issues a bill through the bills protocol and pays it in full by card; returns the payment id.</summary>
    public async Task<string> PaidP2pBillAsync(AppHost app, string billId, string value)
    {
        var api = new ApiCall(app, Token);
        var paymentId = billId + "-payment";
        await api.PutAsync(ProtocolBodies.P2pBill(billId), new { amount = ProtocolBodies.MoneyOf(value) })
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PutAsync(
                Payin("payments/" + paymentId),
                ProtocolBodies.PaymentBody(value, TestCards.Visa, billId, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);
        return paymentId;
    }

    private static async Task<string> IssueTokenAsync(AppHost app, TestMerchant merchant, string siteId)
    {
        var issued = await app.Services.GetRequiredService<ApiTokenService>().IssueAsync(
            TestMerchant.CallerOf(merchant[Role.TechnicalSpecialist]),
            siteId,
            new IssueApiTokenRequest("integration tests"),
            default);
        return issued.Token;
    }
}

/// <summary>The sandbox acquirer's test cards, as the README lists them.</summary>
public static class TestCards
{
    public const string Visa = "4111111111111111";
    public const string Mastercard = "5555555555554444";
    public const string Mir = "2200000000000004";
    public const string ThreeDs = "4000000000003220";
    public const string InsufficientFunds = "4000000000009995";

    public static object PaymentMethod(string pan) =>
        new { type = "CARD", pan, expiryDate = "12/30", cvv2 = "123", holderName = "IVAN PETROV" };
}

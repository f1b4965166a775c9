using MerchantDesk.Access;
using MerchantDesk.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>A test merchant's site with an API token, as a merchant's server holds it.</summary>
public sealed record ProtocolSite(TestMerchant Merchant, string SiteId, string Token)
{
    public static async Task<ProtocolSite> CreateAsync(AppHost app, string companyName = "Protocol LLC")
    {
        var merchant = await TestMerchant.CreateAsync(app, companyName);
        var tokens = app.Services.GetRequiredService<ApiTokenService>();
        var issued = await tokens.IssueAsync(
            TestMerchant.CallerOf(merchant[Role.TechnicalSpecialist]),
            merchant.SiteId,
            new IssueApiTokenRequest("integration tests"),
            default);
        return new ProtocolSite(merchant, merchant.SiteId, issued.Token);
    }

    public string Payin(string path) => $"partner/payin/v1/sites/{SiteId}/{path}";
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

using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Protocol.P2p;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Protocol;

/// <summary>
/// Who may call the bills protocol: a token the app issued and has not revoked, acting on its home site. Its routes
/// name no site, so no site can lie outside the token's reach, and it has no 403 to answer.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class P2pTokenTests(AppHost app)
{
    private const string BillBody = """{"amount":{"currency":"RUB","value":"1.00"}}""";

    [Theory]
    [InlineData("PUT", "")]
    [InlineData("GET", "")]
    [InlineData("POST", "/reject")]
    [InlineData("PUT", "/refunds/r-1")]
    [InlineData("GET", "/refunds/r-1")]
    public async Task Route_NoToken_IsUnauthorizedInTheProtocolsErrorBody(string method, string more)
    {
        var anonymous = new ApiCall(app);

        var error = await anonymous
            .SendRawAsync(new HttpMethod(method), P2pBill("any", more), BillBody, "application/json")
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");

        Assert.Equal("invoicing-api", error.ServiceName);
    }

    [Fact]
    public async Task GetBill_ForgedToken_IsUnauthorized()
    {
        var site = await ProtocolSite.CreateAsync(app, "P2P LLC");
        await new ApiCall(app, site.Token).PutRawAsync(P2pBill("forged-1"), BillBody)
            .ExpectStatusAsync(HttpStatusCode.OK);
        var forged = new ApiCall(app, ApiTokenService.TokenPrefix + new string('A', 43));

        await forged.GetAsync(P2pBill("forged-1")).ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    [Fact]
    public async Task RejectBill_RevokedToken_IsUnauthorizedAndTheBillStaysWaiting()
    {
        var site = await ProtocolSite.CreateAsync(app, "P2P LLC");
        var revoked = new ApiCall(app, site.Token);
        await revoked.PutRawAsync(P2pBill("revoked-1"), BillBody).ExpectStatusAsync(HttpStatusCode.OK);
        var tokens = app.Services.GetRequiredService<ApiTokenService>();
        var administrator = TestMerchant.CallerOf(site.Merchant[Role.Administrator]);
        var issued = Assert.Single(await tokens.ListAsync(administrator.MerchantId, default));

        await tokens.RevokeAsync(administrator, site.SiteId, issued.TokenId, default);

        await revoked.PostAsync(P2pBill("revoked-1", "/reject"))
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        await revoked.GetAsync(P2pBill("revoked-1")).ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        var fresh = await tokens.IssueAsync(administrator, site.SiteId, new IssueApiTokenRequest("after"), default);
        var bill = await new ApiCall(app, fresh.Token).GetAsync(P2pBill("revoked-1"))
            .ExpectAsync<P2pBill>(HttpStatusCode.OK);
        Assert.Equal("WAITING", bill.Status.Value);
    }

    [Fact]
    public async Task GetBill_TokenOfAnotherSiteOfTheService_FindsOnlyItsHomeSitesBills()
    {
        var site = await ProtocolSite.CreateAsync(app, "P2P LLC");
        await new ApiCall(app, site.Token).PutRawAsync(P2pBill("home-only"), BillBody)
            .ExpectStatusAsync(HttpStatusCode.OK);
        var second = await site.AnotherSiteAsync(app, PaymentMethod.Card);
        var secondApi = new ApiCall(app, second.Token);

        await secondApi.GetAsync(P2pBill("home-only"))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.not.found");

        var viaPayin = await secondApi.GetAsync(site.Payin("bills/home-only"))
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal("home-only", viaPayin.BillId);
    }
}

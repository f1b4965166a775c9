using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Access;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Operators;

/// <summary>Operators connect services and sites to a merchant; nobody else can.</summary>
[Collection(AppCollection.Name)]
public sealed class OperatorServiceTests(AppHost app, TwoMerchants merchants) : IClassFixture<TwoMerchants>
{
    private const string UnknownMerchant = "mer_doesnotexist000";

    [Fact]
    public async Task ConnectServiceAndSite_Operator_AreListedForTheOperatorAndOnTheMerchantsServicesTab()
    {
        var merchant = merchants.Mine;
        var operatorApi = await OperatorLogin.SignInAsync(app);

        var service = await operatorApi.PostAsync(Services(merchant.MerchantId), new ConnectServiceRequest("Kiosks"))
            .ExpectAsync<ServiceView>(HttpStatusCode.Created);
        var site = await operatorApi.PostAsync(
                Sites(merchant.MerchantId, service.ServiceId),
                new ConnectSiteRequest(
                    "Station kiosk",
                    "https://kiosk.example",
                    [PaymentMethod.Card, PaymentMethod.Sbp]))
            .ExpectAsync<SiteView>(HttpStatusCode.Created);

        Assert.True(SiteIdFormat.IsValid(site.SiteId), $"'{site.SiteId}' is not a siteId");
        var listed = await operatorApi.GetAsync(Services(merchant.MerchantId))
            .ExpectAsync<ServiceList>(HttpStatusCode.OK);
        var tab = await new ApiCall(app, merchant[Role.Manager].SessionToken).GetAsync("profile/services")
            .ExpectAsync<ServiceList>(HttpStatusCode.OK);
        foreach (var services in new[] { listed, tab })
        {
            var kiosks = Assert.Single(services.Services, s => s.ServiceId == service.ServiceId);
            var station = Assert.Single(kiosks.Sites);
            Assert.Equal((site.SiteId, "Station kiosk"), (station.SiteId, station.Name));
            Assert.Equal([PaymentMethod.Card, PaymentMethod.Sbp], station.PaymentMethods);
        }
    }

    [Fact]
    public async Task ConnectSite_ChosenSiteId_IsKeptAndCannotBeTakenAgain()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);
        var siteId = "kiosk-" + Guid.NewGuid().ToString("N")[..12];
        var path = Sites(merchants.Mine.MerchantId, merchants.Mine.ServiceId);

        var site = await operatorApi.PostAsync(path, Site(siteId)).ExpectAsync<SiteView>(HttpStatusCode.Created);

        Assert.Equal(siteId, site.SiteId);
        await operatorApi.PostAsync(Sites(merchants.Other.MerchantId, merchants.Other.ServiceId), Site(siteId))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.site.id.taken");
    }

    [Theory]
    [InlineData("""{"name":"","url":"https://a.example","paymentMethods":["card"]}""", "api.field.invalid")]
    [InlineData("""{"name":"A","url":"ftp://a.example","paymentMethods":["card"]}""", "api.field.invalid")]
    [InlineData("""{"name":"A","url":"https://a.example","paymentMethods":[]}""", "api.site.payment.methods.missing")]
    [InlineData("""{"name":"A","url":"https://a.example","paymentMethods":["cash"]}""", "api.request.body.malformed")]
    [InlineData("""{"name":"A","url":"https://a.example","paymentMethods":["card"],"siteId":"Has Spaces"}""",
        "api.site.id.invalid")]
    [InlineData("""{"name":"A"}""", "api.request.body.malformed")]
    public async Task ConnectSite_BadFields_IsABadRequest(string json, string errorCode)
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.PostRawAsync(Sites(merchants.Mine.MerchantId, merchants.Mine.ServiceId), json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Theory]
    [InlineData("""{"name":"  "}""", "api.field.invalid")]
    [InlineData("""{}""", "api.request.body.malformed")]
    public async Task ConnectService_BadName_IsABadRequest(string json, string errorCode)
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.PostRawAsync(Services(merchants.Mine.MerchantId), json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task ServicesOfAMerchant_UnknownMerchant_AreNotFound()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.GetAsync(Services(UnknownMerchant))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.merchant.not.found");
        await operatorApi.PostAsync(Services(UnknownMerchant), new ConnectServiceRequest("Ghost"))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.merchant.not.found");
    }

    [Fact]
    public async Task ConnectSite_UnknownServiceOrAnotherMerchantsService_IsNotFound()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.PostAsync(Sites(merchants.Mine.MerchantId, "svc_doesnotexist000"), Site())
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
        await operatorApi.PostAsync(Sites(merchants.Mine.MerchantId, merchants.Other.ServiceId), Site())
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
    }

    [Theory]
    [InlineData("GET", "services")]
    [InlineData("POST", "services")]
    [InlineData("POST", "services/{serviceId}/sites")]
    public async Task Route_NoSessionOrAMerchantAdministratorsSession_IsUnauthorizedAndChangesNothing(
        string method,
        string route)
    {
        var mine = merchants.Mine;
        var path = $"operator/merchants/{mine.MerchantId}/" + route.Replace("{serviceId}", mine.ServiceId);
        object body = route == "services" ? new ConnectServiceRequest("Intruder") : Site() with { Name = "Intruder" };

        foreach (var token in new[] { null, mine[Role.Administrator].SessionToken })
        {
            var caller = new ApiCall(app, token);
            var answer = method == "GET" ? caller.GetAsync(path) : caller.PostAsync(path, body);
            await answer.ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        }

        var operatorApi = await OperatorLogin.SignInAsync(app);
        var listed = await operatorApi.GetAsync(Services(mine.MerchantId)).ExpectAsync<ServiceList>(HttpStatusCode.OK);
        Assert.DoesNotContain(listed.Services, s => s.Name == "Intruder");
        Assert.DoesNotContain(listed.Services.SelectMany(s => s.Sites), site => site.Name == "Intruder");
    }

    private static string Services(string merchantId) => $"operator/merchants/{merchantId}/services";

    private static string Sites(string merchantId, string serviceId) => $"{Services(merchantId)}/{serviceId}/sites";

    private static ConnectSiteRequest Site(string? siteId = null) =>
        new("Pop-up stand", "https://stand.example", [PaymentMethod.Card], siteId);
}

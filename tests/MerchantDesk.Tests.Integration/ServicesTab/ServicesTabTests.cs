using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Access;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.ServicesTab;

/// <summary>The Services tab: the merchant's connected services with their sites and IDs.</summary>
[Collection(AppCollection.Name)]
public sealed class ServicesTabTests(AppHost app, TwoMerchants merchants) : IClassFixture<TwoMerchants>
{
    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Manager)]
    [InlineData(Role.TechnicalSpecialist)]
    public async Task ListServices_EachRole_ShowsTheMerchantsServicesWithSitesAndIdsAndNoOneElses(Role role)
    {
        var mine = merchants.Mine;

        var tab = await new ApiCall(app, mine[role].SessionToken).GetAsync("profile/services")
            .ExpectAsync<ServiceList>(HttpStatusCode.OK);

        var service = Assert.Single(tab.Services);
        Assert.Equal((mine.ServiceId, "Online shop"), (service.ServiceId, service.Name));
        var site = Assert.Single(service.Sites);
        Assert.Equal((mine.SiteId, "Main site", "https://shop.example/"), (site.SiteId, site.Name, site.Url));
        Assert.Equal([PaymentMethod.Card], site.PaymentMethods);
    }
}

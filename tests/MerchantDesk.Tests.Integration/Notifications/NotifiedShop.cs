using System.Net;
using MerchantDesk.Credentials;
using MerchantDesk.Notifications;
using MerchantDesk.Tests.Support;
using MerchantDesk.Tests.Transactions;

namespace MerchantDesk.Tests.Notifications;

/// <summary>A shop whose site posts its notifications to a URL of the test's, and reads its delivery log.</summary>
public sealed class NotifiedShop(Shop shop, string key)
{
    public Shop Shop => shop;

    /// <summary>The site's notification key, as the merchant copies it from the Settings tab.</summary>
    public string Key => key;

    public string Deliveries => $"profile/sites/{shop.SiteId}/notifications";

    public static async Task<NotifiedShop> OpenAsync(AppHost app, Uri url, string companyName)
    {
        var shop = await Shop.OpenAsync(app, companyName);
        await shop.Profile.PutAsync($"profile/sites/{shop.SiteId}/notification-url", new { url = url.AbsoluteUri })
            .ExpectStatusAsync(HttpStatusCode.OK);
        var keys = await shop.Profile.GetAsync($"profile/sites/{shop.SiteId}/keys")
            .ExpectAsync<SiteKeysView>(HttpStatusCode.OK);
        return new NotifiedShop(shop, keys.NotificationKey);
    }

    public Task<DeliveryPage> ListAsync(string query = "") =>
        shop.Profile.GetAsync(Deliveries + query).ExpectAsync<DeliveryPage>(HttpStatusCode.OK);

    public Task<DeliveryDetails> DetailsAsync(string deliveryId) =>
        shop.Profile.GetAsync($"{Deliveries}/{deliveryId}").ExpectAsync<DeliveryDetails>(HttpStatusCode.OK);

    /// <summary>
    /// The delivery about <paramref name="subjectId"/> once <paramref name="done"/> holds; deliveries follow the
    /// ledger through two queues and the retry schedule, so a delivery that never gets there fails after 45 s.
    /// </summary>
    public async Task<DeliverySummary> DeliveryWhenAsync(string subjectId, Func<DeliverySummary, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var page = await ListAsync("?pageSize=100");
            var found = page.Items.FirstOrDefault(d => d.SubjectId == subjectId && done(d));
            if (found is not null)
            {
                return found;
            }

            var seen = page.Items.Where(d => d.SubjectId == subjectId).Select(d => $"{d.State}/{d.Attempts}");
            Assert.True(
                DateTime.UtcNow < deadline,
                $"the delivery of {subjectId} never got there: {string.Join(", ", seen)}");
            await Task.Delay(250);
        }
    }
}

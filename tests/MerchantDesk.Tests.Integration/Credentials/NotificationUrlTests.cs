using System.Net;
using MerchantDesk.Credentials;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Credentials;

/// <summary>
/// The notification URL over HTTP. The test app allows http and private addresses (its receivers are local); the
/// refusals of those are unit tests of <see cref="NotificationUrlPolicy"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NotificationUrlTests(AppHost app)
{
    [Fact]
    public async Task SetNotificationUrl_ValidUrl_IsShownWithTheKeys()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Notified Shop");
        var settings = new SettingsCalls(app, merchant);

        var set = await settings.Api.PutAsync(
                $"profile/sites/{merchant.SiteId}/notification-url",
                new { url = "https://shop.example/payments/notify?site=main" })
            .ExpectAsync<NotificationUrlView>(HttpStatusCode.OK);

        Assert.Equal("https://shop.example/payments/notify?site=main", set.NotificationUrl);
        Assert.Equal(set.NotificationUrl, (await settings.KeysAsync()).NotificationUrl);
        Assert.Equal(set.NotificationUrl, Assert.Single((await settings.ListAsync()).Sites).NotificationUrl);
    }

    [Fact]
    public async Task SetNotificationUrl_Null_StopsNotifications()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Notified Shop");
        var settings = new SettingsCalls(app, merchant);
        var path = $"profile/sites/{merchant.SiteId}/notification-url";
        await settings.Api.PutAsync(path, new { url = "http://127.0.0.1:9/notify" })
            .ExpectStatusAsync(HttpStatusCode.OK);

        await settings.Api.PutAsync(path, new { url = (string?)null }).ExpectStatusAsync(HttpStatusCode.OK);

        Assert.Null((await settings.KeysAsync()).NotificationUrl);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://shop.example/notify")]
    [InlineData("https://user:secret@shop.example/notify")]
    public async Task SetNotificationUrl_NotAnHttpUrl_IsRefused(string url)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Notified Shop");
        var api = new SettingsCalls(app, merchant).Api;

        await api.PutAsync($"profile/sites/{merchant.SiteId}/notification-url", new { url })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.notification.url.invalid");
    }
}

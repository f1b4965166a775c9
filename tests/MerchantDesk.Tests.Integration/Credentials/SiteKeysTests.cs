using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Audit;
using MerchantDesk.Credentials;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Credentials;

[Collection(AppCollection.Name)]
public sealed class SiteKeysTests(AppHost app)
{
    private SiteKeys Keys => app.Services.GetRequiredService<SiteKeys>();

    [Fact]
    public async Task GetKeys_ConnectedSite_HasAPublicKeyThatFindsIt()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");

        var keys = await new SettingsCalls(app, merchant).KeysAsync();
        var found = await Keys.FindByPublicKeyAsync(keys.PublicKey, default);

        Assert.StartsWith(SiteCredentials.PublicKeyPrefix, keys.PublicKey, StringComparison.Ordinal);
        Assert.Equal(new Uri(app.BaseAddress, "create?publicKey=" + keys.PublicKey).AbsoluteUri, keys.PaymentFormUrl);
        Assert.Equal(merchant.MerchantId, found?.MerchantId);
        Assert.Equal(merchant.ServiceId, found?.ServiceId);
        Assert.Equal(merchant.SiteId, found?.SiteId);
        Assert.Null(await Keys.FindByPublicKeyAsync(SiteCredentials.PublicKeyPrefix + "unknown", default));
        Assert.Null(await Keys.FindByPublicKeyAsync("not/a\\key", default));
    }

    [Fact]
    public async Task FindSiteAsync_AnySitesId_FindsItWhateverItsMerchant()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");

        var site = await Keys.FindSiteAsync(merchant.SiteId, default);

        Assert.Equal(merchant.MerchantId, site?.PartitionKey);
        Assert.Null(await Keys.FindSiteAsync("no-such-site-anywhere", default));
    }

    [Fact]
    public async Task GetKeys_NotificationKey_IsStoredOnlyEncrypted()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");

        var keys = await new SettingsCalls(app, merchant).KeysAsync();

        Assert.StartsWith(SiteCredentials.NotificationKeyPrefix, keys.NotificationKey, StringComparison.Ordinal);
        Assert.Equal(
            keys.NotificationKey,
            await Keys.NotificationKeyAsync(merchant.MerchantId, merchant.SiteId, default));
        var secretPart = keys.NotificationKey[SiteCredentials.NotificationKeyPrefix.Length..];
        var stored = await StoredRows.ValuesAsync(app.Services, merchant.MerchantId);
        Assert.DoesNotContain(stored, value => value.Contains(secretPart, StringComparison.Ordinal));
        Assert.Contains(stored, value => value.StartsWith("NotificationKey=v1.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReissueNotificationKey_OldKey_IsReplacedAtOnce()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");
        var settings = new SettingsCalls(app, merchant);
        var before = await settings.KeysAsync();

        var reissued = await settings.Api.PostAsync($"profile/sites/{merchant.SiteId}/notification-key")
            .ExpectAsync<NotificationKeyView>(HttpStatusCode.OK);

        Assert.NotEqual(before.NotificationKey, reissued.NotificationKey);
        Assert.Equal(reissued.NotificationKey, (await settings.KeysAsync()).NotificationKey);
        Assert.Equal(
            reissued.NotificationKey,
            await Keys.NotificationKeyAsync(merchant.MerchantId, merchant.SiteId, default));
        Assert.Equal(before.PublicKey, (await settings.KeysAsync()).PublicKey);
    }

    [Fact]
    public async Task ReissueNotificationKey_IsInTheAuditLog()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");

        await new SettingsCalls(app, merchant).Api.PostAsync($"profile/sites/{merchant.SiteId}/notification-key")
            .ExpectStatusAsync(HttpStatusCode.OK);

        var audit = await new ApiCall(app, merchant[Role.Administrator].SessionToken).GetAsync("profile/audit")
            .ExpectAsync<AuditPage>(HttpStatusCode.OK);
        Assert.Contains(audit.Entries, e => e.Event == AuditEvent.NotificationKeyReissued
            && e.Actor == merchant[Role.TechnicalSpecialist].Profile.Email);
    }

    [Theory]
    [InlineData("GET", "keys")]
    [InlineData("POST", "notification-key")]
    [InlineData("POST", "tokens")]
    public async Task AnswerHoldingASecret_IsNeverCached(string method, string path)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Keys Shop");
        var api = new SettingsCalls(app, merchant).Api;

        using var response = method == "GET"
            ? await api.GetAsync($"profile/sites/{merchant.SiteId}/{path}")
            : await api.PostAsync($"profile/sites/{merchant.SiteId}/{path}", new { comment = "Cache check" });

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{method} {path} may be cached");
    }
}

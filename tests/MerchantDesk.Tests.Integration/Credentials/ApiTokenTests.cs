using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Audit;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MerchantDesk.Tests.Credentials;

[Collection(AppCollection.Name)]
public sealed class ApiTokenTests(AppHost app)
{
    [Fact]
    public async Task IssueToken_ListedAfterwards_ShowsOnlyItsPrefix()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);

        var issued = await settings.IssueTokenAsync("Checkout server");
        var listed = await settings.ListAsync();

        Assert.StartsWith(ApiTokenService.TokenPrefix, issued.Token, StringComparison.Ordinal);
        var site = Assert.Single(listed.Sites);
        var token = Assert.Single(site.ApiTokens);
        Assert.Equal(issued.ApiToken.TokenId, token.TokenId);
        Assert.Equal(issued.Token[..8], token.Prefix);
        Assert.Equal("Checkout server", token.Comment);
        Assert.Equal(merchant[Role.TechnicalSpecialist].Profile.Email, token.CreatedBy);
        Assert.Null(token.LastUsedAt);
        var json = System.Text.Json.JsonSerializer.Serialize(listed, MerchantDeskJson.Options);
        Assert.DoesNotContain(issued.Token[4..], json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueToken_StoredRows_HoldNoPlaintextToken()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");

        var issued = await new SettingsCalls(app, merchant).IssueTokenAsync();

        var secretPart = issued.Token[ApiTokenService.TokenPrefix.Length..];
        var stored = await StoredRows.ValuesAsync(app.Services, merchant.MerchantId);
        Assert.Contains(stored, value => value.Contains(SecretToken.Hash(issued.Token), StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value.Contains(secretPart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuthenticateAsync_IssuedToken_CoversTheServicesSitesAndTheirPaymentMethods()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var second = await settings.ConnectSiteAsync(PaymentMethod.Sbp);

        var issued = await settings.IssueTokenAsync();
        var caller = await settings.AuthenticateAsync(issued.Token);

        Assert.Equal(merchant.MerchantId, caller.MerchantId);
        Assert.Equal(issued.ApiToken.TokenId, caller.TokenId);
        Assert.Equal(merchant.SiteId, caller.HomeSiteId);
        Assert.Equal(new HashSet<string> { merchant.SiteId, second }, caller.SiteIds);
        Assert.Equal(new HashSet<PaymentMethod> { PaymentMethod.Card, PaymentMethod.Sbp }, caller.PaymentMethods);
        caller.DemandSite(second);
        caller.DemandMethod(PaymentMethod.Sbp);
    }

    [Fact]
    public async Task DemandSite_SiteAddedAfterTheTokenWasIssued_IsForbidden()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var issued = await settings.IssueTokenAsync();

        var added = await settings.ConnectSiteAsync(PaymentMethod.Card);
        var caller = await settings.AuthenticateAsync(issued.Token);

        var error = Assert.Throws<ApiException>(() => caller.DemandSite(added));
        Assert.Equal(403, error.Status);
        Assert.Equal("api.site.not.covered", error.ErrorCode);
        var method = Assert.Throws<ApiException>(() => caller.DemandMethod(PaymentMethod.Sbp));
        Assert.Equal(403, method.Status);
        Assert.Equal("api.payment.method.not.covered", method.ErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mdk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AuthenticateAsync_NoOrUnknownToken_IsUnauthorized(string? token)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);

        var error = await Assert.ThrowsAsync<ApiException>(() => settings.AuthenticateAsync(token));

        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task RevokeToken_ProtocolCallsWithIt_AreUnauthorized()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var issued = await settings.IssueTokenAsync();
        await settings.AuthenticateAsync(issued.Token);

        await settings.Api.DeleteAsync($"profile/sites/{merchant.SiteId}/tokens/{issued.ApiToken.TokenId}")
            .ExpectStatusAsync(HttpStatusCode.NoContent);

        var error = await Assert.ThrowsAsync<ApiException>(() => settings.AuthenticateAsync(issued.Token));
        Assert.Equal(401, error.Status);
        Assert.Empty(Assert.Single((await settings.ListAsync()).Sites).ApiTokens);
        await settings.Api.DeleteAsync($"profile/sites/{merchant.SiteId}/tokens/{issued.ApiToken.TokenId}")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.token.not.found");
    }

    [Fact]
    public async Task RevokeToken_AfterARevocationThatStoppedHalfway_Completes()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var issued = await settings.IssueTokenAsync();
        var tokens = app.Services.GetRequiredService<StorageAccount>().Table(ApiTokenEntity.TableName);
        await tokens.DeleteEntityAsync(SecretToken.Hash(issued.Token), ApiTokenEntity.Row);

        await settings.Api.DeleteAsync($"profile/sites/{merchant.SiteId}/tokens/{issued.ApiToken.TokenId}")
            .ExpectStatusAsync(HttpStatusCode.NoContent);

        Assert.Empty(Assert.Single((await settings.ListAsync()).Sites).ApiTokens);
    }

    [Fact]
    public async Task RevokeToken_ThroughAnotherSiteOfTheMerchant_IsNotFound()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var other = await settings.ConnectSiteAsync(PaymentMethod.Card);
        var issued = await settings.IssueTokenAsync();

        await settings.Api.DeleteAsync($"profile/sites/{other}/tokens/{issued.ApiToken.TokenId}")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.token.not.found");

        await settings.AuthenticateAsync(issued.Token);
    }

    [Fact]
    public async Task AuthenticateAsync_HomeSiteRemoved_IsUnauthorized()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var issued = await settings.IssueTokenAsync();
        var merchants = app.Services.GetRequiredService<StorageAccount>().Table(MerchantTable.Name);

        await merchants.DeleteEntityAsync(merchant.MerchantId, MerchantTable.SiteRow(merchant.SiteId));

        var error = await Assert.ThrowsAsync<ApiException>(() => settings.AuthenticateAsync(issued.Token));
        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_UsedSeveralTimes_RecordsTheLastUseAtMostOnceAMinute()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant);
        var issued = await settings.IssueTokenAsync();
        var now = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        var authenticator = new ApiTokenAuthenticator(
            app.Services.GetRequiredService<StorageAccount>(),
            clock,
            NullLogger<ApiTokenAuthenticator>.Instance);
        var request = SettingsCalls.ProtocolRequest(issued.Token);

        await authenticator.AuthenticateAsync(request, default);
        var first = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(59));
        await authenticator.AuthenticateAsync(request, default);
        var afterSeconds = await LastUsedAsync(settings);
        clock.Advance(TimeSpan.FromSeconds(2));
        await authenticator.AuthenticateAsync(request, default);

        Assert.Equal(first, afterSeconds);
        Assert.Equal(clock.GetUtcNow(), await LastUsedAsync(settings));
    }

    [Fact]
    public async Task IssueAndRevokeToken_AreInTheAuditLog()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");
        var settings = new SettingsCalls(app, merchant, Role.Manager);
        var issued = await settings.IssueTokenAsync("Audit me");

        await settings.Api.DeleteAsync($"profile/sites/{merchant.SiteId}/tokens/{issued.ApiToken.TokenId}")
            .ExpectStatusAsync(HttpStatusCode.NoContent);

        var audit = await new ApiCall(app, merchant[Role.Administrator].SessionToken).GetAsync("profile/audit")
            .ExpectAsync<AuditPage>(HttpStatusCode.OK);
        var manager = merchant[Role.Manager].Profile.Email;
        Assert.Contains(audit.Entries, e => e.Event == AuditEvent.ApiTokenIssued && e.Actor == manager
            && e.Detail!.Contains(issued.ApiToken.TokenId, StringComparison.Ordinal));
        Assert.Contains(audit.Entries, e => e.Event == AuditEvent.ApiTokenRevoked && e.Actor == manager);
        Assert.DoesNotContain(audit.Entries, e => e.Detail?.Contains(issued.Token, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("""{"comment":""}""")]
    [InlineData("""{}""")]
    public async Task IssueToken_WithoutComment_IsRefused(string json)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Token Shop");

        using var response = await new SettingsCalls(app, merchant).Api
            .PostRawAsync($"profile/sites/{merchant.SiteId}/tokens", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(SettingsCalls settings) =>
        Assert.Single(Assert.Single((await settings.ListAsync()).Sites).ApiTokens).LastUsedAt;
}

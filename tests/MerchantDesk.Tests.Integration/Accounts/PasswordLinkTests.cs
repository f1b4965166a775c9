using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Accounts;

[Collection(AppCollection.Name)]
public sealed class PasswordLinkTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task SetPassword_LinkUsedTwice_WorksOnlyOnce()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Links LLC");
        var email = merchant[Role.Manager].Profile.Email;
        var token = await RequestResetTokenAsync(email);

        await SetPasswordAsync(token, "first-new-password").ExpectAsync<SignInResponse>(HttpStatusCode.OK);
        await SetPasswordAsync(token, "second-new-password")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.link.invalid");

        await SignInAsync(email, "first-new-password").ExpectAsync<SignInResponse>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SetPassword_OlderLinkAfterThePasswordChanged_IsRefused()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Links LLC");
        var email = merchant[Role.Manager].Profile.Email;
        var older = await RequestResetTokenAsync(email);
        var newer = await RequestResetTokenAsync(email);

        await SetPasswordAsync(newer, "newer-link-password").ExpectAsync<SignInResponse>(HttpStatusCode.OK);

        await SetPasswordAsync(older, "older-link-password")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.link.invalid");
    }

    [Theory]
    [InlineData("mdl_forgedforgedforgedforgedforgedforgedforg")]
    [InlineData("mds_a-session-token-is-not-a-link-token-at-all")]
    [InlineData("")]
    public async Task SetPassword_ForgedToken_IsRefused(string token)
    {
        await SetPasswordAsync(token, "a-perfectly-good-password").ExpectErrorAsync(
            HttpStatusCode.BadRequest, "api.link.invalid");
    }

    [Fact]
    public async Task SetPassword_WeakPassword_IsRefusedAndTheLinkStillWorks()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Links LLC");
        var token = await RequestResetTokenAsync(merchant[Role.Manager].Profile.Email);

        await SetPasswordAsync(token, "too-short").ExpectErrorAsync(HttpStatusCode.BadRequest, "api.password.weak");

        await SetPasswordAsync(token, "long-enough-password").ExpectAsync<SignInResponse>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SetPassword_ExpiredLink_IsRefused()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Links LLC");
        var users = app.Services.GetRequiredService<UserDirectory>();
        var user = await users.FindByEmailAsync(merchant[Role.Manager].Profile.Email, default);
        var pastClock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var links = new EmailLinks(app.Services.GetRequiredService<MerchantDesk.Storage.StorageAccount>(), pastClock);
        var token = await links.IssueAsync(user!, EmailLinkPurpose.PasswordReset, default);

        await SetPasswordAsync(token, "long-enough-password")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.link.invalid");
    }

    [Fact]
    public async Task RequestReset_UnknownAddress_AnswersTheSameAndMailsNothing()
    {
        var nobody = Smtp4devInbox.UniqueAddress("nobody");

        using var response = await _api.PostAsync("profile/password-reset", new PasswordResetRequest(nobody));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await Smtp4devInbox.MessagesToAsync(nobody));
    }

    [Fact]
    public async Task RequestReset_InvitedUserWhoseMailWasLost_CanConfirmThroughIt()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Lost Mail LLC");
        var email = Smtp4devInbox.UniqueAddress("lost");
        await _api.As(merchant[Role.Administrator].SessionToken)
            .PostAsync("profile/users", new MerchantDesk.Team.AddUserRequest(email, Role.Manager))
            .ExpectStatusAsync(HttpStatusCode.Created);

        var token = await RequestResetTokenAsync(email);
        var signedIn = await SetPasswordAsync(token, "found-my-way-in").ExpectAsync<SignInResponse>(HttpStatusCode.OK);

        Assert.Equal(Role.Manager, signedIn.Profile.Role);
    }

    private async Task<string> RequestResetTokenAsync(string email)
    {
        static bool IsReset(ReceivedMail mail) => mail.Subject.Contains("new password", StringComparison.Ordinal);
        var before = (await Smtp4devInbox.MessagesToAsync(email)).Count(IsReset);
        await _api.PostAsync("profile/password-reset", new PasswordResetRequest(email))
            .ExpectStatusAsync(HttpStatusCode.Accepted);
        var mail = await Smtp4devInbox.WaitForNextMailAsync(email, before, IsReset);
        var link = new Uri(mail.FirstLink(app.BaseAddress.AbsoluteUri + "profile/set-password"));
        return Uri.UnescapeDataString(link.Fragment["#token=".Length..]);
    }

    private Task<HttpResponseMessage> SetPasswordAsync(string token, string password) =>
        _api.PostAsync("profile/password", new SetPasswordRequest(token, password));

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        _api.PostAsync("profile/sign-in", new SignInRequest(email, password));
}

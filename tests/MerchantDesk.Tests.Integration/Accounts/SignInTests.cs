using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Team;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Accounts;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task SignIn_WrongPassword_AnswersExactlyAsForAnUnknownAddress()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Sign-in LLC");
        var known = merchant[Role.Manager].Profile.Email;

        var wrongPassword = await SignInAsync(known, "not-the-password").ExpectErrorAsync(
            HttpStatusCode.Unauthorized, "api.signin.failed");
        var unknownAddress = await SignInAsync(Smtp4devInbox.UniqueAddress("nobody"), "not-the-password")
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.signin.failed");

        Assert.Equal(wrongPassword.Description, unknownAddress.Description);
    }

    [Fact]
    public async Task SignIn_RightPassword_StartsASessionForTheProfile()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Sign-in LLC");
        var email = merchant[Role.TechnicalSpecialist].Profile.Email;

        var session = await SignInAsync(email.ToUpperInvariant(), TestMerchant.Password)
            .ExpectAsync<SignInResponse>(HttpStatusCode.OK);

        var me = await _api.As(session.SessionToken).GetAsync("profile/me")
            .ExpectAsync<ProfileSummary>(HttpStatusCode.OK);
        Assert.Equal(email, me.Email);
        Assert.Equal(Role.TechnicalSpecialist, me.Role);
        Assert.StartsWith("mds_", session.SessionToken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignIn_RepeatedFailures_LockTheAddressWhetherOrNotItHasAnAccount(bool hasAccount)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Lockout LLC");
        var email = hasAccount ? merchant[Role.Manager].Profile.Email : Smtp4devInbox.UniqueAddress("guess");
        for (var attempt = 1; attempt <= SignInThrottle.MaxFailures; attempt++)
        {
            await SignInAsync(email, "guess-number-" + attempt).ExpectErrorAsync(
                HttpStatusCode.Unauthorized, "api.signin.failed");
        }

        await SignInAsync(email, TestMerchant.Password).ExpectErrorAsync(
            HttpStatusCode.TooManyRequests, "api.signin.locked");
    }

    [Fact]
    public async Task SignIn_Lockout_IsInTheMerchantsAuditLog()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Audit LLC");
        var email = merchant[Role.Manager].Profile.Email;
        for (var attempt = 1; attempt <= SignInThrottle.MaxFailures; attempt++)
        {
            await SignInAsync(email, "guess-number-" + attempt).ExpectStatusAsync(HttpStatusCode.Unauthorized);
        }

        var admin = _api.As(merchant[Role.Administrator].SessionToken);
        var audit = await admin.GetAsync("profile/audit").ExpectAsync<MerchantDesk.Audit.AuditPage>(HttpStatusCode.OK);
        Assert.Contains(audit.Entries, e => e.Event == MerchantDesk.Audit.AuditEvent.LockedOut && e.Actor == email);
        Assert.Equal(
            SignInThrottle.MaxFailures,
            audit.Entries.Count(e => e.Event == MerchantDesk.Audit.AuditEvent.SignInFailed));
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsToldOnlyAfterTheRightPasswordAndLosesSessions()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Disabled LLC");
        var manager = merchant[Role.Manager];
        var admin = _api.As(merchant[Role.Administrator].SessionToken);

        await admin.PatchAsync($"profile/users/{manager.Profile.UserId}", new UpdateUserRequest(Disabled: true))
            .ExpectAsync<UserView>(HttpStatusCode.OK);

        await _api.As(manager.SessionToken).GetAsync("profile/me").ExpectErrorAsync(
            HttpStatusCode.Unauthorized, "api.unauthorized");
        await SignInAsync(manager.Profile.Email, "not-the-password").ExpectErrorAsync(
            HttpStatusCode.Unauthorized, "api.signin.failed");
        await SignInAsync(manager.Profile.Email, TestMerchant.Password).ExpectErrorAsync(
            HttpStatusCode.Forbidden, "api.user.disabled");
    }

    [Fact]
    public async Task SignIn_InvitedUserWhoHasNotSetAPassword_CannotSignIn()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Invited LLC");
        var email = Smtp4devInbox.UniqueAddress("invited");
        await _api.As(merchant[Role.Administrator].SessionToken)
            .PostAsync("profile/users", new AddUserRequest(email, Role.Manager))
            .ExpectAsync<UserView>(HttpStatusCode.Created);

        await SignInAsync(email, "").ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.signin.failed");
    }

    [Theory]
    [InlineData("not an email")]
    [InlineData("")]
    [InlineData("Name <a@b.example>")]
    public async Task SignIn_MalformedEmail_IsABadRequest(string email)
    {
        await SignInAsync(email, "whatever-password").ExpectErrorAsync(HttpStatusCode.BadRequest, "api.email.invalid");
    }

    [Fact]
    public async Task SignOut_Session_EndsIt()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Sign-out LLC");
        var session = _api.As(merchant[Role.Manager].SessionToken);

        await session.PostAsync("profile/sign-out").ExpectStatusAsync(HttpStatusCode.NoContent);

        await session.GetAsync("profile/me").ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    [Fact]
    public async Task ChangePassword_EndsEveryOtherSessionButThisOne()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Change LLC");
        var email = merchant[Role.Manager].Profile.Email;
        var other = await SignInAsync(email, TestMerchant.Password).ExpectAsync<SignInResponse>(HttpStatusCode.OK);
        var current = _api.As(merchant[Role.Manager].SessionToken);

        await current.PostAsync(
                "profile/password/change",
                new ChangePasswordRequest(TestMerchant.Password, "a-brand-new-password"))
            .ExpectStatusAsync(HttpStatusCode.NoContent);

        await current.GetAsync("profile/me").ExpectAsync<ProfileSummary>(HttpStatusCode.OK);
        await _api.As(other.SessionToken).GetAsync("profile/me").ExpectStatusAsync(HttpStatusCode.Unauthorized);
        await SignInAsync(email, "a-brand-new-password").ExpectAsync<SignInResponse>(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("wrong-current-password", "a-brand-new-password", "api.password.current.wrong")]
    [InlineData(TestMerchant.Password, "short", "api.password.weak")]
    [InlineData(TestMerchant.Password, "aaaaaaaaaaaaaaaa", "api.password.weak")]
    public async Task ChangePassword_BadInput_IsRefusedAndThePasswordStays(
        string current,
        string next,
        string errorCode)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Change LLC");
        var session = _api.As(merchant[Role.Manager].SessionToken);

        await session.PostAsync("profile/password/change", new ChangePasswordRequest(current, next))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);

        await SignInAsync(merchant[Role.Manager].Profile.Email, TestMerchant.Password)
            .ExpectAsync<SignInResponse>(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        _api.PostAsync("profile/sign-in", new SignInRequest(email, password));
}

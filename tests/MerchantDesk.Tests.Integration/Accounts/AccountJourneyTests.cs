using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Applications;
using MerchantDesk.Operators;
using MerchantDesk.Team;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Accounts;

/// <summary>The guide's "Getting Started" end to end over HTTP, with every email read from the SMTP server.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountJourneyTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task Journey_ApplyApproveConfirmInviteAndRecover_WorksEndToEnd()
    {
        var founder = Smtp4devInbox.UniqueAddress("founder");
        var applied = await _api.PostAsync(
                "profile/applications",
                new ApplyRequest("Coffee Beans LLC", "Anna Petrova", founder, "https://coffee.example", "Cards online"))
            .ExpectAsync<ApplicationView>(HttpStatusCode.Created);
        Assert.Equal(ApplicationStatus.Submitted, applied.Status);
        await Smtp4devInbox.WaitForMailAsync(founder, m => m.Subject.Contains("received", StringComparison.Ordinal));

        var approved = await ApproveAsync(applied.ApplicationId);
        Assert.Equal(ApplicationStatus.Approved, approved.Status);

        var administrator = await ConfirmFromInvitationAsync(founder, "founder-password-1");
        Assert.Equal(Role.Administrator, administrator.Profile.Role);
        Assert.Equal("Coffee Beans LLC", administrator.Profile.CompanyName);
        Assert.Equal(
            [ProfileSection.Services, ProfileSection.Requests, ProfileSection.Users, ProfileSection.Support],
            administrator.Profile.Sections);

        var signedIn = await SignInAsync(founder, "founder-password-1");
        var admin = _api.As(signedIn.SessionToken);
        var requests = await admin.GetAsync("profile/requests").ExpectAsync<ApplicationPage>(HttpStatusCode.OK);
        var request = Assert.Single(requests.Applications);
        Assert.Equal(applied.ApplicationId, request.ApplicationId);
        Assert.Contains(founder, request.NextSteps, StringComparison.Ordinal);

        var manager = await InviteAndConfirmAsync(admin, Role.Manager, "manager-password-1");
        Assert.Equal(
            [ProfileSection.Services, ProfileSection.Requests, ProfileSection.Support],
            manager.Profile.Sections);
        var technician = await InviteAndConfirmAsync(admin, Role.TechnicalSpecialist, "technician-password-1");
        Assert.Equal([ProfileSection.Services, ProfileSection.Support], technician.Profile.Sections);

        await RecoverPasswordAsync(manager.Profile.Email, "manager-password-1", "manager-password-2");
    }

    [Fact]
    public async Task SetPasswordPage_LinkFromTheMail_ServesTheForm()
    {
        var founder = Smtp4devInbox.UniqueAddress("founder");
        var applied = await _api.PostAsync(
                "profile/applications",
                new ApplyRequest("Tea House", "Ivan Orlov", founder, "https://tea.example", null))
            .ExpectAsync<ApplicationView>(HttpStatusCode.Created);
        await ApproveAsync(applied.ApplicationId);
        var invitation = await Smtp4devInbox.WaitForMailAsync(
            founder,
            m => m.Subject.Contains("Confirm", StringComparison.Ordinal));
        var link = new Uri(invitation.FirstLink(app.BaseAddress.AbsoluteUri));

        using var client = app.NewClient();
        using var page = await client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Set your password", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("#token=mdl_", link.Fragment, StringComparison.Ordinal);
    }

    private async Task<ApplicationView> ApproveAsync(string applicationId)
    {
        var session = await _api.PostAsync(
                "operator/sign-in",
                new SignInRequest(AppHost.OperatorEmail, AppHost.OperatorPassword))
            .ExpectAsync<OperatorSession>(HttpStatusCode.OK);
        var operatorApi = _api.As(session.SessionToken);
        return await operatorApi.PostAsync($"operator/applications/{applicationId}/approval")
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);
    }

    private async Task<SignInResponse> InviteAndConfirmAsync(ApiCall admin, Role role, string password)
    {
        var email = Smtp4devInbox.UniqueAddress(role.ToString().ToLowerInvariant());
        var added = await admin.PostAsync(
                "profile/users",
                new AddUserRequest(email, role, "joined in the journey test"))
            .ExpectAsync<UserView>(HttpStatusCode.Created);
        Assert.Equal(UserState.Invited, added.State);
        return await ConfirmFromInvitationAsync(email, password);
    }

    private async Task<SignInResponse> ConfirmFromInvitationAsync(string email, string password)
    {
        var mail = await Smtp4devInbox.WaitForMailAsync(
            email,
            m => m.Subject.Contains("Confirm", StringComparison.Ordinal));
        return await SetPasswordFromLinkAsync(mail, password);
    }

    private async Task RecoverPasswordAsync(string email, string oldPassword, string newPassword)
    {
        using var accepted = await _api.PostAsync("profile/password-reset", new PasswordResetRequest(email));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var mail = await Smtp4devInbox.WaitForMailAsync(
            email,
            m => m.Subject.Contains("new password", StringComparison.Ordinal));

        await SetPasswordFromLinkAsync(mail, newPassword);

        await SignInAsync(email, newPassword);
        await _api.PostAsync("profile/sign-in", new SignInRequest(email, oldPassword))
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.signin.failed");
    }

    private Task<SignInResponse> SetPasswordFromLinkAsync(ReceivedMail mail, string password)
    {
        var token = TokenOf(mail);
        return _api.PostAsync("profile/password", new SetPasswordRequest(token, password))
            .ExpectAsync<SignInResponse>(HttpStatusCode.OK);
    }

    private Task<SignInResponse> SignInAsync(string email, string password) =>
        _api.PostAsync("profile/sign-in", new SignInRequest(email, password))
            .ExpectAsync<SignInResponse>(HttpStatusCode.OK);

    private string TokenOf(ReceivedMail mail)
    {
        var link = new Uri(mail.FirstLink(app.BaseAddress.AbsoluteUri + "profile/set-password"));
        return Uri.UnescapeDataString(link.Fragment["#token=".Length..]);
    }
}

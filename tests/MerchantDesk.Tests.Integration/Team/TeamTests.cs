using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Team;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Team;

[Collection(AppCollection.Name)]
public sealed class TeamTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task AddUser_EmailAlreadyUsedByAnyMerchant_IsAConflict()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");
        var other = await TestMerchant.CreateAsync(app, "Other Team LLC");
        var admin = AdminOf(mine);

        await admin.PostAsync("profile/users", new AddUserRequest(mine[Role.Manager].Profile.Email, Role.Manager))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.user.email.taken");
        await admin.PostAsync(
                "profile/users",
                new AddUserRequest(other[Role.Manager].Profile.Email.ToUpperInvariant(), Role.Manager))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.user.email.taken");
    }

    [Theory]
    [InlineData("""{"email":"new@merchantdesk.test","role":"owner"}""", "api.request.body.malformed")]
    [InlineData("""{"email":"new@merchantdesk.test"}""", "api.request.body.malformed")]
    [InlineData("""{"email":"not-an-email","role":"manager"}""", "api.email.invalid")]
    public async Task AddUser_BadRequest_IsRefusedWithTheErrorBody(string json, string errorCode)
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");

        await AdminOf(mine).PostRawAsync("profile/users", json).ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task UpdateUser_OwnRole_CannotBeChanged()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");
        var self = mine[Role.Administrator].Profile.UserId;

        await AdminOf(mine).PatchAsync($"profile/users/{self}", new UpdateUserRequest(Role: Role.Manager))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.user.own.role");
    }

    [Fact]
    public async Task UpdateUser_PromotedManager_TakesOverFromTheFormerAdministrator()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");
        var admin = AdminOf(mine);
        var manager = mine[Role.Manager].Profile.UserId;
        await admin.PatchAsync($"profile/users/{manager}", new UpdateUserRequest(Role: Role.Administrator))
            .ExpectAsync<UserView>(HttpStatusCode.OK);
        var promoted = _api.As(mine[Role.Manager].SessionToken);

        await promoted.PatchAsync(
                $"profile/users/{mine[Role.Administrator].Profile.UserId}",
                new UpdateUserRequest(Role: Role.Manager))
            .ExpectAsync<UserView>(HttpStatusCode.OK);

        await promoted.DeleteAsync($"profile/users/{manager}")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.user.own.access");
        await admin.GetAsync("profile/users").ExpectStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UpdateUser_TwoAdministratorsDemotingEachOtherAtOnce_LeavesExactlyOne()
    {
        var mine = await TestMerchant.CreateAsync(app, "Race LLC");
        var first = mine[Role.Administrator];
        var second = mine[Role.Manager];
        await AdminOf(mine).PatchAsync(
                $"profile/users/{second.Profile.UserId}",
                new UpdateUserRequest(Role: Role.Administrator))
            .ExpectStatusAsync(HttpStatusCode.OK);

        var answers = await Task.WhenAll(
            _api.As(first.SessionToken).PatchAsync(
                $"profile/users/{second.Profile.UserId}",
                new UpdateUserRequest(Role: Role.Manager)),
            _api.As(second.SessionToken).PatchAsync(
                $"profile/users/{first.Profile.UserId}",
                new UpdateUserRequest(Role: Role.Manager)));

        // The loser is refused either as no longer an Administrator (403) or as the last one left (409).
        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(statuses[1], new[] { HttpStatusCode.Forbidden, HttpStatusCode.Conflict });
        var team = await app.Services.GetRequiredService<UserDirectory>().ListAsync(mine.MerchantId, default);
        Assert.Single(team, u => u.Role == Role.Administrator);
    }

    [Fact]
    public async Task RemoveUser_LastAdministratorOrSelf_IsRefused()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");

        await AdminOf(mine).DeleteAsync($"profile/users/{mine[Role.Administrator].Profile.UserId}")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.user.own.access");
    }

    [Fact]
    public async Task RemoveUser_Manager_EndsTheirAccessAndFreesTheAddress()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");
        var manager = mine[Role.Manager];
        var admin = AdminOf(mine);

        await admin.DeleteAsync($"profile/users/{manager.Profile.UserId}").ExpectStatusAsync(HttpStatusCode.NoContent);

        await _api.As(manager.SessionToken).GetAsync("profile/me").ExpectStatusAsync(HttpStatusCode.Unauthorized);
        await _api.PostAsync("profile/sign-in", new SignInRequest(manager.Profile.Email, TestMerchant.Password))
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.signin.failed");
        var readded = await admin.PostAsync(
                "profile/users",
                new AddUserRequest(manager.Profile.Email, Role.TechnicalSpecialist))
            .ExpectAsync<UserView>(HttpStatusCode.Created);
        Assert.Equal(UserState.Invited, readded.State);
    }

    [Fact]
    public async Task ResendInvitation_InvitedUser_MailsANewLink()
    {
        var mine = await TestMerchant.CreateAsync(app, "Team LLC");
        var email = Smtp4devInbox.UniqueAddress("late");
        var admin = AdminOf(mine);
        var added = await admin.PostAsync("profile/users", new AddUserRequest(email, Role.Manager, "joins later"))
            .ExpectAsync<UserView>(HttpStatusCode.Created);
        await Smtp4devInbox.WaitForNextMailAsync(email, 0);

        await admin.PostAsync($"profile/users/{added.UserId}/invitation").ExpectStatusAsync(HttpStatusCode.Accepted);

        var again = await Smtp4devInbox.WaitForNextMailAsync(email, 1);
        Assert.Contains("Confirm", again.Subject, StringComparison.Ordinal);
        Assert.NotEqual(
            (await Smtp4devInbox.MessagesToAsync(email))[1].FirstLink("http"),
            again.FirstLink("http"));
        await admin.PostAsync($"profile/users/{mine[Role.Manager].Profile.UserId}/invitation")
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.user.already.confirmed");
    }

    [Fact]
    public async Task UserChanges_AreInTheAuditLog()
    {
        var mine = await TestMerchant.CreateAsync(app, "Audit LLC");
        var admin = AdminOf(mine);
        var technician = mine[Role.TechnicalSpecialist].Profile;
        await admin.PatchAsync($"profile/users/{technician.UserId}", new UpdateUserRequest(Role: Role.Manager))
            .ExpectStatusAsync(HttpStatusCode.OK);

        var audit = await admin.GetAsync("profile/audit").ExpectAsync<MerchantDesk.Audit.AuditPage>(HttpStatusCode.OK);

        var roleChange = Assert.Single(audit.Entries, e => e.Event == MerchantDesk.Audit.AuditEvent.RoleChanged);
        Assert.Equal(technician.Email, roleChange.Subject);
        Assert.Equal("Technical specialist -> Manager", roleChange.Detail);
        Assert.Equal(2, audit.Entries.Count(e => e.Event == MerchantDesk.Audit.AuditEvent.UserAdded));
    }

    private ApiCall AdminOf(TestMerchant merchant) => _api.As(merchant[Role.Administrator].SessionToken);
}

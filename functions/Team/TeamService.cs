using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Audit;

namespace MerchantDesk.Team;

/// <summary>The Users tab: an Administrator lists, adds, changes, disables and removes the merchant's users.</summary>
public sealed class TeamService(
    TeamChanges teamChanges,
    UserDirectory users,
    EmailLinks links,
    AccountMail mail,
    AuditLog audit,
    TimeProvider clock)
{
    public const int MaxCommentLength = 500;

    public async Task<UserList> ListAsync(ProfileCaller caller, CancellationToken cancellationToken)
    {
        var team = await users.ListAsync(caller.MerchantId, cancellationToken);
        return new UserList(team.OrderByDescending(u => u.CreatedAt).Select(UserView.Of).ToList());
    }

    public async Task<UserView> AddAsync(
        ProfileCaller caller,
        AddUserRequest request,
        CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var user = NewInvitedUser(
            caller.MerchantId,
            email,
            request.Role,
            Require.OptionalText(request.Comment, "comment", MaxCommentLength));
        await users.ClaimEmailAsync(email, user.MerchantId, user.UserId, cancellationToken);
        string companyName;
        try
        {
            companyName = await AddToTeamAsync(user, cancellationToken);
        }
        catch
        {
            await users.ReleaseEmailAsync(email, cancellationToken);
            throw;
        }

        await InviteAsync(user, companyName, cancellationToken);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.UserAdded, caller.Email, email,
            AccountMail.RoleName(user.Role), cancellationToken);
        return UserView.Of(user);
    }

    public async Task<UserView> UpdateAsync(
        ProfileCaller caller,
        string userId,
        UpdateUserRequest request,
        CancellationToken cancellationToken)
    {
        var comment = Require.OptionalText(request.Comment, "comment", MaxCommentLength);
        (Role Role, UserState State) before = default;
        UserEntity? after = null;
        await teamChanges.CommitAsync(caller.MerchantId, team =>
        {
            var target = team.Find(userId) ?? throw UserNotFound();
            before = (target.Role, target.State);
            TeamRules.EnsureMayChange(caller, target, team, request);
            Apply(target, request, comment);
            after = target;
            return new TableTransactionAction(TableTransactionActionType.UpdateReplace, target, target.ETag);
        }, cancellationToken);

        await AuditChangesAsync(caller, before, after!, cancellationToken);
        return UserView.Of(after!);
    }

    public async Task RemoveAsync(ProfileCaller caller, string userId, CancellationToken cancellationToken)
    {
        UserEntity? removed = null;
        await teamChanges.CommitAsync(caller.MerchantId, team =>
        {
            removed = team.Find(userId) ?? throw UserNotFound();
            TeamRules.EnsureMayRemove(caller, removed, team);
            return new TableTransactionAction(TableTransactionActionType.Delete, removed, removed.ETag);
        }, cancellationToken);

        await users.ReleaseEmailAsync(removed!.Email, cancellationToken);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.UserRemoved, caller.Email, removed.Email,
            cancellationToken: cancellationToken);
    }

    /// <summary>Mails a new invitation link to a user who has not confirmed yet.</summary>
    public async Task ResendInvitationAsync(ProfileCaller caller, string userId, CancellationToken cancellationToken)
    {
        var team = await teamChanges.ReadTeamAsync(caller.MerchantId, cancellationToken);
        var user = team.Find(userId) ?? throw UserNotFound();
        if (user.State != UserState.Invited)
        {
            throw ApiException.Conflict("api.user.already.confirmed", "This user has already confirmed the email.");
        }

        await InviteAsync(user, team.Merchant.CompanyName, cancellationToken);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.InvitationResent, caller.Email, user.Email,
            cancellationToken: cancellationToken);
    }

    public static ApiException UserNotFound() => ApiException.NotFound("api.user.not.found", "No such user.");

    private UserEntity NewInvitedUser(string merchantId, string email, Role role, string? comment)
    {
        var userId = Storage.Keys.NewId("usr");
        return new UserEntity
        {
            PartitionKey = merchantId,
            RowKey = MerchantTable.UserRow(userId),
            UserId = userId,
            Email = email,
            Role = role,
            Comment = comment,
            State = UserState.Invited,
            SecurityStamp = PasswordService.NewStamp(),
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private async Task<string> AddToTeamAsync(UserEntity user, CancellationToken cancellationToken)
    {
        var companyName = "";
        await teamChanges.CommitAsync(user.MerchantId, team =>
        {
            companyName = team.Merchant.CompanyName;
            return new TableTransactionAction(TableTransactionActionType.Add, user);
        }, cancellationToken);
        return companyName;
    }

    private async Task InviteAsync(UserEntity user, string companyName, CancellationToken cancellationToken)
    {
        var token = await links.IssueAsync(user, EmailLinkPurpose.Invitation, cancellationToken);
        await mail.SendInvitationAsync(user, companyName, token, cancellationToken);
    }

    private static void Apply(UserEntity target, UpdateUserRequest request, string? comment)
    {
        target.Role = request.Role ?? target.Role;
        target.Comment = comment ?? target.Comment;
        if (request.Disabled is { } disabled && disabled != (target.State == UserState.Disabled))
        {
            target.State = disabled ? UserState.Disabled
                : target.PasswordHash is null ? UserState.Invited : UserState.Active;
            target.SecurityStamp = PasswordService.NewStamp();
        }
    }

    private async Task AuditChangesAsync(
        ProfileCaller caller,
        (Role Role, UserState State) before,
        UserEntity after,
        CancellationToken cancellationToken)
    {
        if (before.Role != after.Role)
        {
            var detail = $"{AccountMail.RoleName(before.Role)} -> {AccountMail.RoleName(after.Role)}";
            await audit.RecordAsync(caller.MerchantId, AuditEvent.RoleChanged, caller.Email, after.Email, detail,
                cancellationToken);
        }

        if (before.State != after.State)
        {
            var auditEvent = after.State == UserState.Disabled ? AuditEvent.UserDisabled : AuditEvent.UserEnabled;
            await audit.RecordAsync(caller.MerchantId, auditEvent, caller.Email, after.Email,
                cancellationToken: cancellationToken);
        }
    }
}

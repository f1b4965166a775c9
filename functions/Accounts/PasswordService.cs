using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Audit;
using MerchantDesk.Email;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>Setting a password from an emailed link, "Remind me", and changing one's own password.</summary>
public sealed class PasswordService(
    StorageAccount storage,
    UserDirectory users,
    EmailLinks links,
    AccountMail mail,
    SessionStore sessions,
    SignInService signIn,
    AuditLog audit)
{
    /// <summary>
    /// Confirms the address and sets the password from an invitation or reset link, then signs the user in.
    /// The change is conditional on the security stamp the link was issued with, so each link works once.
    /// </summary>
    public async Task<SignInResponse> SetPasswordAsync(SetPasswordRequest request, CancellationToken cancellationToken)
    {
        var link = await links.FindUsableAsync(request.Token, cancellationToken);
        var user = await users.FindAsync(link.MerchantId, link.UserId, cancellationToken)
            ?? throw EmailLinks.Unusable();
        Passwords.EnsureAcceptable(request.Password, user.Email);
        var wasInvited = user.State == UserState.Invited;
        var hash = Passwords.Hash(request.Password);

        var updated = await UpdateUserAsync(user, stored =>
        {
            if (stored.SecurityStamp != link.SecurityStamp || stored.State == UserState.Disabled)
            {
                throw EmailLinks.Unusable();
            }

            stored.PasswordHash = hash;
            stored.State = UserState.Active;
            stored.SecurityStamp = NewStamp();
        }, cancellationToken);

        await links.RemoveAsync(request.Token, cancellationToken);
        var auditEvent = wasInvited ? AuditEvent.EmailConfirmed : AuditEvent.PasswordReset;
        await audit.RecordAsync(user.MerchantId, auditEvent, user.Email, cancellationToken: cancellationToken);
        return await signIn.StartSessionAsync(updated, cancellationToken);
    }

    /// <summary>Mails a reset link when the address has an account; the answer never says whether it has.</summary>
    public async Task RequestResetAsync(PasswordResetRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (user is null || user.State == UserState.Disabled)
        {
            return;
        }

        var token = await links.IssueAsync(user, EmailLinkPurpose.PasswordReset, cancellationToken);
        await mail.SendPasswordResetAsync(user, token, cancellationToken);
        await audit.RecordAsync(
            user.MerchantId,
            AuditEvent.PasswordResetRequested,
            email,
            cancellationToken: cancellationToken);
    }

    /// <summary>Changes the caller's password; every other session of theirs ends, this one goes on.</summary>
    public async Task ChangePasswordAsync(
        ProfileCaller caller,
        ChangePasswordRequest request,
        CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(caller.MerchantId, caller.UserId, cancellationToken)
            ?? throw ApiException.Unauthorized();
        if (!Passwords.Verify(user.PasswordHash, request.CurrentPassword ?? ""))
        {
            throw ApiException.BadRequest("api.password.current.wrong", "The current password is wrong.");
        }

        Passwords.EnsureAcceptable(request.NewPassword, user.Email);
        var hash = Passwords.Hash(request.NewPassword);
        var stamp = NewStamp();
        await UpdateUserAsync(
            user,
            stored => (stored.PasswordHash, stored.SecurityStamp) = (hash, stamp),
            cancellationToken);
        await sessions.RestampAsync(caller.SessionToken, stamp, cancellationToken);
        await audit.RecordAsync(
            user.MerchantId,
            AuditEvent.PasswordChanged,
            user.Email,
            cancellationToken: cancellationToken);
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    private async Task<UserEntity> UpdateUserAsync(
        UserEntity user,
        Action<UserEntity> change,
        CancellationToken cancellationToken)
    {
        return await storage.Table(MerchantTable.Name)
            .UpdateAsync(user.PartitionKey, user.RowKey, change, cancellationToken)
            ?? throw EmailLinks.Unusable();
    }
}

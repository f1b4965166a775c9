using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Audit;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Accounts;

/// <summary>Signing in and out of the Account Profile.</summary>
public sealed class SignInService(
    UserDirectory users,
    SignInThrottle throttle,
    SessionStore sessions,
    ProfileSummaries summaries,
    AuditLog audit)
{
    public async Task<SignInResponse> SignInAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        await throttle.EnsureNotLockedAsync(email, cancellationToken);
        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (!Passwords.Verify(user?.PasswordHash, request.Password ?? ""))
        {
            await RecordFailureAsync(email, user, cancellationToken);
            throw new ApiException(StatusCodes.Status401Unauthorized, "api.signin.failed", "Wrong email or password.");
        }

        if (user!.State == UserState.Disabled)
        {
            throw new ApiException(
                StatusCodes.Status403Forbidden,
                "api.user.disabled",
                "Your access has been switched off; ask your Administrator.");
        }

        return await StartSessionAsync(user, cancellationToken);
    }

    /// <summary>Starts a session for a user who just proved who they are (password or emailed link).</summary>
    public async Task<SignInResponse> StartSessionAsync(UserEntity user, CancellationToken cancellationToken)
    {
        await throttle.ResetAsync(user.Email, cancellationToken);
        var session = await sessions.StartAsync(
            SessionKind.MerchantUser,
            user.MerchantId,
            user.UserId,
            user.SecurityStamp,
            cancellationToken);
        await audit.RecordAsync(user.MerchantId, AuditEvent.SignedIn, user.Email, cancellationToken: cancellationToken);
        var profile = await summaries.DescribeAsync(user, cancellationToken);
        return new SignInResponse(session.Token, session.ExpiresAt, profile);
    }

    public async Task SignOutAsync(ProfileCaller caller, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(caller.SessionToken, cancellationToken);
        await audit.RecordAsync(
            caller.MerchantId,
            AuditEvent.SignedOut,
            caller.Email,
            cancellationToken: cancellationToken);
    }

    private async Task RecordFailureAsync(string email, UserEntity? user, CancellationToken cancellationToken)
    {
        var lockedNow = await throttle.RecordFailureAsync(email, cancellationToken);
        if (user is null)
        {
            return;
        }

        await audit.RecordAsync(user.MerchantId, AuditEvent.SignInFailed, email, cancellationToken: cancellationToken);
        if (lockedNow)
        {
            await audit.RecordAsync(user.MerchantId, AuditEvent.LockedOut, email, cancellationToken: cancellationToken);
        }
    }
}

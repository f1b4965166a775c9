using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Operators;

/// <summary>Operators sign in with merchant users' throttling and sessions, in a session of their own kind.</summary>
public sealed class OperatorSignIn(
    OperatorDirectory operators,
    SignInThrottle throttle,
    SessionStore sessions)
{
    public async Task<OperatorSession> SignInAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        await throttle.EnsureNotLockedAsync(email, cancellationToken);
        var found = await operators.FindAsync(email, cancellationToken);
        if (!Passwords.Verify(found?.PasswordHash, request.Password ?? ""))
        {
            await throttle.RecordFailureAsync(email, cancellationToken);
            throw new ApiException(StatusCodes.Status401Unauthorized, "api.signin.failed", "Wrong email or password.");
        }

        await throttle.ResetAsync(email, cancellationToken);
        var session = await sessions.StartAsync(
            SessionKind.Operator,
            "",
            email,
            found!.SecurityStamp,
            cancellationToken);
        return new OperatorSession(session.Token, session.ExpiresAt, email);
    }

    public async Task<OperatorCaller> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var token = BearerToken.From(request) ?? throw ApiException.Unauthorized();
        var session = await sessions.FindActiveAsync(token, cancellationToken);
        var found = session is { Kind: SessionKind.Operator }
            ? await operators.FindAsync(session.SubjectId, cancellationToken)
            : null;
        if (found is null || found.SecurityStamp != session!.SecurityStamp)
        {
            throw ApiException.Unauthorized();
        }

        return new OperatorCaller(found.Email, token);
    }
}

public sealed record OperatorSession(string SessionToken, DateTimeOffset ExpiresAt, string Email);

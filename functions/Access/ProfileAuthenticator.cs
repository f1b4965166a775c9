using MerchantDesk.Accounts;
using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Access;

/// <summary>Turns a request's session token into the signed-in user, checked against the user as stored now.</summary>
public sealed class ProfileAuthenticator(SessionStore sessions, UserDirectory users)
{
    public async Task<ProfileCaller> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var token = BearerToken.From(request) ?? throw ApiException.Unauthorized();
        var session = await sessions.FindActiveAsync(token, cancellationToken);
        if (session is not { Kind: SessionKind.MerchantUser })
        {
            throw ApiException.Unauthorized();
        }

        var user = await users.FindAsync(session.MerchantId, session.SubjectId, cancellationToken);
        // A changed stamp (password set, access revoked) ends the session for good: the old stamp never returns.
        if (user is null || user.State != UserState.Active || user.SecurityStamp != session.SecurityStamp)
        {
            throw ApiException.Unauthorized();
        }

        return new ProfileCaller(user.MerchantId, user.UserId, user.Email, user.Role, token);
    }
}

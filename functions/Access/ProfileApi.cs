using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Access;

/// <summary>
/// Runs an Account Profile call: authenticates the session, demands the permission the endpoint declares, then
/// calls the handler with the caller. Each endpoint names its permission here, and <see cref="RoleMatrix"/> decides.
/// </summary>
public sealed class ProfileApi(ApiRequestHandler handler, ProfileAuthenticator authenticator)
{
    public Task<IActionResult> HandleAsync(
        HttpRequest request,
        Permission permission,
        Func<ProfileCaller, CancellationToken, Task<IActionResult>> handle)
    {
        return handler.HandleAsync(request, ApiSurface.AccountProfile, async cancellationToken =>
        {
            var caller = await authenticator.AuthenticateAsync(request, cancellationToken);
            caller.Demand(permission);
            return await handle(caller, cancellationToken);
        });
    }

    /// <summary>For what any signed-in user may do to their own account: who am I, sign out, change password.</summary>
    public Task<IActionResult> HandleSignedInAsync(
        HttpRequest request,
        Func<ProfileCaller, CancellationToken, Task<IActionResult>> handle)
    {
        return handler.HandleAsync(request, ApiSurface.AccountProfile, async cancellationToken =>
            await handle(await authenticator.AuthenticateAsync(request, cancellationToken), cancellationToken));
    }

    /// <summary>For the calls made before signing in: apply, sign in, set or reset a password.</summary>
    public Task<IActionResult> HandlePublicAsync(
        HttpRequest request,
        Func<CancellationToken, Task<IActionResult>> handle)
    {
        return handler.HandleAsync(request, ApiSurface.AccountProfile, handle);
    }
}

using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Accounts;

/// <summary>Signing in and out, and the passwords of the Account Profile.</summary>
public sealed class AccountFunctions(
    ProfileApi api,
    JsonBody body,
    SignInService signIn,
    PasswordService passwords,
    UserDirectory users,
    ProfileSummaries summaries)
{
    private const string Tag = "Account Profile: sign-in";

    [Function("SignIn")]
    [ApiOperation(Tag, "Sign in with email and password", Request = typeof(SignInRequest),
        Response = typeof(SignInResponse), Errors = [401, 403, 429])]
    public Task<IActionResult> SignInAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sign-in")] HttpRequest request)
    {
        return api.HandlePublicAsync(request, async ct =>
            ApiResults.Json(await signIn.SignInAsync(await body.ReadAsync<SignInRequest>(request, ct), ct)));
    }

    [Function("SignOut")]
    [ApiOperation(Tag, "End this session", Status = 204, Auth = ApiAuth.Session, Errors = [401])]
    public Task<IActionResult> SignOutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/sign-out")] HttpRequest request)
    {
        return api.HandleSignedInAsync(request, async (caller, ct) =>
        {
            await signIn.SignOutAsync(caller, ct);
            return new NoContentResult();
        });
    }

    [Function("SetPassword")]
    [ApiOperation(Tag, "Confirm the email and set a password with the token from an emailed link, then sign in",
        Request = typeof(SetPasswordRequest), Response = typeof(SignInResponse))]
    public Task<IActionResult> SetPasswordAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/password")] HttpRequest request)
    {
        return api.HandlePublicAsync(request, async ct =>
            ApiResults.Json(await passwords.SetPasswordAsync(
                await body.ReadAsync<SetPasswordRequest>(request, ct),
                ct)));
    }

    [Function("RequestPasswordReset")]
    [ApiOperation(Tag, "\"Remind me\": mail a link to set a new password (the same answer for any address)",
        Request = typeof(PasswordResetRequest), Status = 202)]
    public Task<IActionResult> RequestPasswordResetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/password-reset")] HttpRequest request)
    {
        return api.HandlePublicAsync(request, async ct =>
        {
            await passwords.RequestResetAsync(await body.ReadAsync<PasswordResetRequest>(request, ct), ct);
            return new AcceptedResult();
        });
    }

    [Function("ChangePassword")]
    [ApiOperation(Tag, "Change your password; your other sessions end", Request = typeof(ChangePasswordRequest),
        Status = 204, Auth = ApiAuth.Session, Errors = [401])]
    public Task<IActionResult> ChangePasswordAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/password/change")] HttpRequest request)
    {
        return api.HandleSignedInAsync(request, async (caller, ct) =>
        {
            await passwords.ChangePasswordAsync(caller, await body.ReadAsync<ChangePasswordRequest>(request, ct), ct);
            return new NoContentResult();
        });
    }

    [Function("GetProfile")]
    [ApiOperation(Tag, "Who is signed in: merchant, role, start-page sections and permitted actions",
        Response = typeof(ProfileSummary), Auth = ApiAuth.Session, Errors = [401])]
    public Task<IActionResult> GetProfileAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/me")] HttpRequest request)
    {
        return api.HandleSignedInAsync(request, async (caller, ct) =>
        {
            var user = await users.FindAsync(caller.MerchantId, caller.UserId, ct) ?? throw ApiException.Unauthorized();
            return ApiResults.Json(await summaries.DescribeAsync(user, ct));
        });
    }
}

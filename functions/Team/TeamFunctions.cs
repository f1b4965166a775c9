using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Team;

/// <summary>The Users tab (Administrator only).</summary>
public sealed class TeamFunctions(ProfileApi api, JsonBody body, TeamService team)
{
    private const string Tag = "Account Profile: users";

    [Function("ListUsers")]
    [ApiOperation(Tag, "The merchant's users", Response = typeof(UserList), Auth = ApiAuth.Session,
        Errors = [401, 403])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/users")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) =>
            ApiResults.Json(await team.ListAsync(caller, ct)));
    }

    [Function("AddUser")]
    [ApiOperation(Tag, "Add a user; they are mailed an invitation to confirm and set a password",
        Request = typeof(AddUserRequest), Response = typeof(UserView), Status = 201, Auth = ApiAuth.Session,
        Errors = [401, 403, 409])]
    public Task<IActionResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/users")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) => ApiResults.Json(
            await team.AddAsync(caller, await body.ReadAsync<AddUserRequest>(request, ct), ct),
            StatusCodes.Status201Created));
    }

    [Function("UpdateUser")]
    [ApiOperation(Tag, "Change a user's role or comment, or switch their access off or on",
        Request = typeof(UpdateUserRequest), Response = typeof(UserView), Auth = ApiAuth.Session,
        Errors = [401, 403, 404, 409])]
    public Task<IActionResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "profile/users/{userId}")] HttpRequest request,
        string userId)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) => ApiResults.Json(
            await team.UpdateAsync(caller, userId, await body.ReadAsync<UpdateUserRequest>(request, ct), ct)));
    }

    [Function("RemoveUser")]
    [ApiOperation(Tag, "Remove a user", Status = 204, Auth = ApiAuth.Session, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> RemoveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "profile/users/{userId}")] HttpRequest request,
        string userId)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) =>
        {
            await team.RemoveAsync(caller, userId, ct);
            return new NoContentResult();
        });
    }

    [Function("ResendInvitation")]
    [ApiOperation(Tag, "Mail a new invitation to a user who has not confirmed yet", Status = 202,
        Auth = ApiAuth.Session, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> ResendInvitationAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/users/{userId}/invitation")]
        HttpRequest request,
        string userId)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) =>
        {
            await team.ResendInvitationAsync(caller, userId, ct);
            return new AcceptedResult();
        });
    }
}

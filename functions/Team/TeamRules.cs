using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;

namespace MerchantDesk.Team;

/// <summary>What an Administrator may not do to the team: lose its last Administrator, or change themselves.</summary>
public static class TeamRules
{
    public static void EnsureMayChange(
        ProfileCaller caller,
        UserEntity target,
        MerchantTeam team,
        UpdateUserRequest request)
    {
        var isSelf = target.UserId == caller.UserId;
        if (isSelf && request.Role is { } role && role != target.Role)
        {
            throw ApiException.BadRequest("api.user.own.role", "You cannot change your own role.");
        }

        if (isSelf && request.Disabled == true)
        {
            throw ApiException.BadRequest("api.user.own.access", "You cannot switch off your own access.");
        }

        var losesAdministrator = target.IsActiveAdministrator
            && ((request.Role is { } newRole && newRole != Role.Administrator) || request.Disabled == true);
        if (losesAdministrator && team.ActiveAdministrators <= 1)
        {
            throw LastAdministrator();
        }
    }

    public static void EnsureMayRemove(ProfileCaller caller, UserEntity target, MerchantTeam team)
    {
        if (target.UserId == caller.UserId)
        {
            throw ApiException.BadRequest("api.user.own.access", "You cannot remove yourself.");
        }

        if (target.IsActiveAdministrator && team.ActiveAdministrators <= 1)
        {
            throw LastAdministrator();
        }
    }

    private static ApiException LastAdministrator() => ApiException.Conflict(
        "api.user.last.administrator",
        "The merchant must keep at least one Administrator.");
}

using MerchantDesk.Access;
using MerchantDesk.Accounts;

namespace MerchantDesk.Team;

public sealed record AddUserRequest(string Email, Role Role, string? Comment = null);

/// <summary>Changes to a user; omitted fields stay as they are.</summary>
public sealed record UpdateUserRequest(Role? Role = null, string? Comment = null, bool? Disabled = null);

public sealed record UserView(
    string UserId,
    string Email,
    Role Role,
    string? Comment,
    UserState State,
    DateTimeOffset CreatedAt)
{
    public static UserView Of(UserEntity user) =>
        new(user.UserId, user.Email, user.Role, user.Comment, user.State, user.CreatedAt);
}

public sealed record UserList(IReadOnlyList<UserView> Users);

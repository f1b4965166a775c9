using MerchantDesk.Access;

namespace MerchantDesk.Accounts;

public sealed record SignInRequest(string Email, string Password);

/// <param name="SessionToken">Send as <c>Authorization: Bearer …</c>; shown only here.</param>
public sealed record SignInResponse(string SessionToken, DateTimeOffset ExpiresAt, ProfileSummary Profile);

/// <param name="Token">The token from the emailed link.</param>
public sealed record SetPasswordRequest(string Token, string Password);

public sealed record PasswordResetRequest(string Email);

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>Who is signed in, for which merchant, and which start-page sections and actions they have.</summary>
public sealed record ProfileSummary(
    string MerchantId,
    string CompanyName,
    string UserId,
    string Email,
    Role Role,
    IReadOnlyList<ProfileSection> Sections,
    IReadOnlyList<Permission> Permissions);

/// <summary>The tabs of the Account Profile's start page.</summary>
public enum ProfileSection
{
    Services,
    Requests,
    Users,
    Support,
}

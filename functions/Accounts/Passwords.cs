using MerchantDesk.Api;
using Microsoft.AspNetCore.Identity;

namespace MerchantDesk.Accounts;

/// <summary>
/// Password hashing with ASP.NET Core Identity's maintained hasher (PBKDF2 with HMAC-SHA512, salted, iterated),
/// and the policy a new password must meet.
/// </summary>
public static class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    private const int MinDistinctCharacters = 5;

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Nobody = new();

    // Verifying against this when there is no user spends the same time as a real check, so timing does not tell
    // whether an address has an account.
    private static readonly string DecoyHash = Hasher.HashPassword(Nobody, Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(Nobody, password);

    public static bool Verify(string? hash, string password)
    {
        var result = Hasher.VerifyHashedPassword(Nobody, hash ?? DecoyHash, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Refuses a password that is too short, too long, too repetitive or the account's own email.</summary>
    public static void EnsureAcceptable(string? password, string email)
    {
        if (ProblemWith(password, email) is { } problem)
        {
            throw ApiException.BadRequest("api.password.weak", problem);
        }
    }

    /// <summary>Why <paramref name="password"/> may not be used, or null when it may.</summary>
    public static string? ProblemWith(string? password, string email)
    {
        if (password is null || password.Length < MinLength || password.Length > MaxLength)
        {
            return $"The password must be {MinLength} to {MaxLength} characters long.";
        }

        var tooEasy = password.Distinct().Count() < MinDistinctCharacters
            || password.Contains(email, StringComparison.OrdinalIgnoreCase);
        return tooEasy ? "The password is too easy to guess; use a longer mix of words, digits and symbols." : null;
    }
}

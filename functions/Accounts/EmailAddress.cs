using System.Net.Mail;
using MerchantDesk.Api;

namespace MerchantDesk.Accounts;

/// <summary>Email addresses as MerchantDesk compares them: trimmed, lowercase, one plain address.</summary>
public static class EmailAddress
{
    private const int MaxLength = 254;

    /// <summary>The normalized address, or a 400 naming <paramref name="field"/>.</summary>
    public static string Normalize(string? value, string field = "email")
    {
        var candidate = value?.Trim().ToLowerInvariant() ?? "";
        if (!IsPlainAddress(candidate))
        {
            throw ApiException.BadRequest("api.email.invalid", $"'{field}' must be one valid email address.");
        }

        return candidate;
    }

    private static bool IsPlainAddress(string candidate) =>
        candidate.Length is > 0 and <= MaxLength
        && MailAddress.TryCreate(candidate, out var parsed)
        && parsed.Address == candidate
        && parsed.DisplayName.Length == 0
        && parsed.Host.Contains('.', StringComparison.Ordinal);
}

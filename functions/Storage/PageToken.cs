using System.Security.Cryptography;
using System.Text;
using MerchantDesk.Api;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantDesk.Storage;

/// <summary>
/// The opaque continuation token of a paged list. It wraps the table's own continuation together with a
/// fingerprint of the query it belongs to, so a token cannot be replayed against another query. A token edited by
/// hand can at worst move the start within the same query: every page re-applies the query's own filter, which
/// always pins the caller's partition, so no token reaches another tenant's rows.
/// </summary>
public static class PageToken
{
    private const string Version = "1";
    private const char Separator = '|';

    public static string Encode(string queryKey, string tableContinuation)
    {
        var text = string.Join(Separator, Version, Fingerprint(queryKey), tableContinuation);
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The table continuation inside <paramref name="token"/>, or null for the first page.</summary>
    public static string? Decode(string queryKey, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var parts = TryReadText(token)?.Split(Separator, 3);
        if (parts is not [Version, var fingerprint, { Length: > 0 } continuation]
            || fingerprint != Fingerprint(queryKey))
        {
            throw ApiException.BadRequest(
                "api.page.token.invalid",
                "The page token is damaged or belongs to another query; start again from the first page.");
        }

        return continuation;
    }

    private static string? TryReadText(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Fingerprint(string queryKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(queryKey)), 0, 8);
}

using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MerchantDesk.Access;

public static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }
}

using System.Text.RegularExpressions;
using MerchantDesk.Api;

namespace MerchantDesk.Protocol;

/// <summary>Merchant-chosen ids of bills, payments, captures and refunds, safe to use in a URL and a key.</summary>
public static partial class ClientIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string Check(string? id, string name)
    {
        if (!IsValid(id))
        {
            throw ApiException.BadRequest(
                "api.id.invalid",
                $"'{name}' must be 1 to 200 characters: letters, digits and . _ ~ : @ -.");
        }

        return id!;
    }

    [GeneratedRegex("^[A-Za-z0-9._~:@-]{1,200}$")]
    private static partial Regex Pattern();
}

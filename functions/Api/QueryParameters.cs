using System.Globalization;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Api;

/// <summary>Reads query-string values, answering a 400 that names a malformed one.</summary>
public static class QueryParameters
{
    public static int? Number(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.BadRequest("api.query.invalid", $"'{name}' must be a whole number.");
    }

    public static TEnum? Enum<TEnum>(HttpRequest request, string name)
        where TEnum : struct, System.Enum
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            && !char.IsDigit(text[0])
            ? value
            : throw ApiException.BadRequest(
                "api.query.invalid",
                $"'{name}' must be one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    /// <summary>The page a list request asks for: <c>pageSize</c> and <c>pageToken</c>.</summary>
    public static PageRequest Page(HttpRequest request, string queryKey) =>
        PageRequest.From(Number(request, "pageSize"), request.Query["pageToken"].ToString(), queryKey);
}

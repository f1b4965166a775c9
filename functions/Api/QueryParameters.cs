using System.Globalization;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Api;

/// <summary>Reads query-string values, answering a 400 that names a malformed one.</summary>
public static class QueryParameters
{
    private const decimal MaxAmount = 1_000_000_000m;

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

    /// <summary>A non-negative decimal such as an amount: <c>1500.50</c>.</summary>
    public static decimal? Amount(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value <= MaxAmount
            ? value
            : throw ApiException.BadRequest("api.query.invalid", $"'{name}' must be an amount such as 1500.50.");
    }

    /// <summary>A date (<c>2026-12-04</c>) or a moment with its offset (<c>2026-12-04T10:00:00+03:00</c>).</summary>
    public static (DateOnly? Day, DateTimeOffset? Moment) DateOrMoment(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, null);
        }

        return text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var moment)
            ? (null, moment)
            : throw ApiException.BadRequest(
                "api.query.invalid",
                $"'{name}' must be a date (2026-12-04) or a moment with its offset (2026-12-04T10:00:00+03:00).");
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

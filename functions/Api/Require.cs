namespace MerchantDesk.Api;

/// <summary>Checks of request fields that answer a 400 naming the field.</summary>
public static class Require
{
    /// <summary>Trimmed text of 1 to <paramref name="maxLength"/> characters.</summary>
    public static string Text(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
        {
            throw ApiException.BadRequest("api.field.invalid", $"'{field}' must be 1 to {maxLength} characters.");
        }

        return trimmed;
    }

    /// <summary>Like <see cref="Text"/>, but absent or blank is null.</summary>
    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    /// <summary>An absolute http or https URL.</summary>
    public static string WebUrl(string? value, string field)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http"))
        {
            throw ApiException.BadRequest("api.field.invalid", $"'{field}' must be an absolute http or https URL.");
        }

        return parsed.AbsoluteUri;
    }
}

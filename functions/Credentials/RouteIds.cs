namespace MerchantDesk.Credentials;

/// <summary>
/// Checks an id taken from a URL before it becomes part of a table key: the ids we make are letters, digits, '_'
/// and '-', so anything else names nothing (and could be an invalid key).
/// </summary>
internal static class RouteIds
{
    private const int MaxLength = 64;

    public static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}

using System.Text.RegularExpressions;

namespace MerchantDesk.Sites;

/// <summary>What a <c>siteId</c> may look like: it is part of URLs and of table keys.</summary>
public static partial class SiteIdFormat
{
    public const string Rule = "'siteId' must be 3-40 lowercase letters, digits, '-' or '_'.";

    public static bool IsValid(string? siteId) => siteId is not null && Pattern().IsMatch(siteId);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{2,39}$")]
    private static partial Regex Pattern();
}

namespace MerchantDesk.Credentials;

/// <summary>Stores a set of site ids in one table property; a site id never holds a comma.</summary>
public static class SiteIdList
{
    public static string Format(IEnumerable<string> siteIds) => string.Join(',', siteIds.Distinct().Order());

    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

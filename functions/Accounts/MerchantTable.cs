namespace MerchantDesk.Accounts;

/// <summary>
/// One partition per merchant holds the merchant's profile row, its users, services and sites, so a change that
/// must hold across rows (never remove the last Administrator) commits as one entity group transaction.
/// </summary>
public static class MerchantTable
{
    public const string Name = "Merchants";

    public const string ProfileRow = "merchant";
    public const string UserPrefix = "user_";
    public const string ServicePrefix = "service_";
    public const string SitePrefix = "site_";

    public static string UserRow(string userId) => UserPrefix + userId;

    public static string ServiceRow(string serviceId) => ServicePrefix + serviceId;

    public static string SiteRow(string siteId) => SitePrefix + siteId;
}

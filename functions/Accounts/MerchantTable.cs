using Azure.Data.Tables;

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

    /// <summary>Every row of one kind in a merchant's partition: one range query.</summary>
    public static async Task<List<T>> ReadRowsAsync<T>(
        this TableClient merchants,
        string merchantId,
        string prefix,
        CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {merchantId} and RowKey ge {prefix} and RowKey lt {end}");
        var rows = new List<T>();
        await foreach (var row in merchants.QueryAsync<T>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}

using Azure.Data.Tables;

namespace MerchantDesk.Storage;

public static class PrefixQueries
{
    /// <summary>A partition's rows whose row key starts with <paramref name="prefix"/>: one range query.</summary>
    public static async Task<List<T>> ReadRowsAsync<T>(
        this TableClient table,
        string partitionKey,
        string prefix,
        CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {EndOf(prefix)}");
        var rows = new List<T>();
        await foreach (var row in table.QueryAsync<T>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>.</summary>
    public static string EndOf(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}

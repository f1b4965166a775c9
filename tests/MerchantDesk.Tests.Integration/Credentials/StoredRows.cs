using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Credentials;

/// <summary>Every value the app stored for a merchant, as text, to prove a secret is not among them.</summary>
public static class StoredRows
{
    /// <summary>The merchant's partition of Merchants and every row of ApiTokens and PublicKeys.</summary>
    public static async Task<IReadOnlyList<string>> ValuesAsync(IServiceProvider services, string merchantId)
    {
        var storage = services.GetRequiredService<StorageAccount>();
        var values = new List<string>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {merchantId}");
        await AddAsync(values, storage.Table(MerchantTable.Name), partition);
        await AddAsync(values, storage.Table(ApiTokenEntity.TableName), null);
        await AddAsync(values, storage.Table(PublicKeyEntity.TableName), null);
        return values;
    }

    private static async Task AddAsync(List<string> values, TableClient table, string? filter)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            values.AddRange(row.Select(property => $"{property.Key}={property.Value}"));
        }
    }
}

using Azure.Data.Tables;
using MerchantDesk.Storage;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Support;

/// <summary>The Azurite instance ./test starts; its connection string arrives in AzureWebJobsStorage.</summary>
public static class Azurite
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "AzureWebJobsStorage is not set: run the tests with ./test, which starts Azurite.");

    public static StorageAccount Account() =>
        new(Options.Create(new StorageOptions { ConnectionString = ConnectionString }));

    /// <summary>A new, empty table only this test uses.</summary>
    public static async Task<TableClient> NewTableAsync()
    {
        var table = Account().Table(UniqueName("t"));
        await table.CreateAsync();
        return table;
    }

    /// <summary>A lowercase name that is valid for tables, queues and containers alike.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..20];
}

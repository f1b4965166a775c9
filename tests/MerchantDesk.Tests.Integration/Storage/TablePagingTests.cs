using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Storage;

public sealed class TablePagingTests
{
    private const string Merchant = "merchant-1";

    [Fact]
    public async Task ReadPageAsync_PagingToTheEnd_ReturnsEveryRowOnceInKeyOrder()
    {
        var table = await Azurite.NewTableAsync();
        var rowKeys = await SeedAsync(table, Merchant, 250);
        await SeedAsync(table, "merchant-2", 30);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await table.ReadPageAsync<TableEntity>(OfMerchant(Merchant), Request(100, token), default);
            seen.AddRange(page.Items.Select(e => e.RowKey));
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(rowKeys, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ReadPageAsync_ExactlyOnePage_HasNoNextToken()
    {
        var table = await Azurite.NewTableAsync();
        await SeedAsync(table, Merchant, 5);

        var page = await table.ReadPageAsync<TableEntity>(OfMerchant(Merchant), Request(20, null), default);

        Assert.Equal(5, page.Items.Count);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task ReadPageAsync_TokenOfAnotherQuery_IsRefused()
    {
        var table = await Azurite.NewTableAsync();
        await SeedAsync(table, Merchant, 30);
        var first = await table.ReadPageAsync<TableEntity>(OfMerchant(Merchant), Request(10, null), default);

        var otherQuery = new PageRequest(10, first.NextPageToken, "merchant-2");
        var error = await Assert.ThrowsAsync<ApiException>(
            () => table.ReadPageAsync<TableEntity>(OfMerchant("merchant-2"), otherQuery, default));

        Assert.Equal("api.page.token.invalid", error.ErrorCode);
    }

    [Fact]
    public async Task ReadPageAsync_Filter_NeverReturnsAnotherPartition()
    {
        var table = await Azurite.NewTableAsync();
        await SeedAsync(table, "merchant-2", 40);

        var page = await table.ReadPageAsync<TableEntity>(OfMerchant(Merchant), Request(100, null), default);

        Assert.Empty(page.Items);
    }

    private static PageRequest Request(int size, string? token) => new(size, token, Merchant);

    private static string OfMerchant(string merchant) => TableClient.CreateQueryFilter($"PartitionKey eq {merchant}");

    private static async Task<List<string>> SeedAsync(TableClient table, string partition, int count)
    {
        var rowKeys = Enumerable.Range(0, count).Select(i => i.ToString("D6", null)).ToList();
        foreach (var chunk in rowKeys.Chunk(100))
        {
            var batch = chunk.Select(rowKey => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(partition, rowKey) { ["Amount"] = 10.5m.ToString(null, null) }));
            await table.SubmitTransactionAsync(batch);
        }

        return rowKeys;
    }
}

using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Storage;

public sealed class OptimisticConcurrencyTests
{
    [Fact]
    public async Task UpdateAsync_ConcurrentChanges_AreAllApplied()
    {
        var table = await Azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "counter") { ["Count"] = 0 });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            table.UpdateAsync<TableEntity>("p", "counter", e => e["Count"] = (int)e["Count"] + 1, default)));

        var stored = await table.GetEntityAsync<TableEntity>("p", "counter");
        Assert.Equal(8, stored.Value.GetInt32("Count"));
    }

    [Fact]
    public async Task UpdateAsync_ChangeRefuses_WritesNothing()
    {
        var table = await Azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "refundable") { ["Left"] = 100 });

        await Assert.ThrowsAsync<ApiException>(() => table.UpdateAsync<TableEntity>("p", "refundable", e =>
        {
            e["Left"] = -50;
            throw ApiException.Conflict("api.refund.too.large", "Only 100 is left to refund.");
        }, default));

        var stored = await table.GetEntityAsync<TableEntity>("p", "refundable");
        Assert.Equal(100, stored.Value.GetInt32("Left"));
    }

    [Fact]
    public async Task UpdateAsync_MissingEntity_ReturnsNull()
    {
        var table = await Azurite.NewTableAsync();

        var result = await table.UpdateAsync<TableEntity>("p", "absent", e => e["X"] = 1, default);

        Assert.Null(result);
    }

    [Fact]
    public async Task TryAddAsync_SameKeysTwice_AddsOnce()
    {
        var table = await Azurite.NewTableAsync();

        var first = await table.TryAddAsync(new TableEntity("p", "bill-1") { ["Amount"] = "10.00" }, default);
        var second = await table.TryAddAsync(new TableEntity("p", "bill-1") { ["Amount"] = "99.00" }, default);

        Assert.True(first);
        Assert.False(second);
        var stored = await table.GetEntityAsync<TableEntity>("p", "bill-1");
        Assert.Equal("10.00", stored.Value.GetString("Amount"));
    }
}

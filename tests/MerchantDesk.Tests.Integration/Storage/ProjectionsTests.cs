using System.Globalization;
using Azure.Data.Tables;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Storage;

public sealed class ProjectionsTests
{
    [Fact]
    public async Task RefreshAsync_NewSource_WritesItsCopies()
    {
        var table = await Azurite.NewTableAsync();
        var source = new Source(("by-email|a", "1"), ("by-name|x", "1"));

        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        Assert.Equal(["by-email|a", "by-name|x"], await CopiesAsync(table));
    }

    [Fact]
    public async Task RefreshAsync_SourceLosesAKey_RemovesThatCopyAndUpdatesTheRest()
    {
        var table = await Azurite.NewTableAsync();
        var source = new Source(("by-email|a", "1"), ("by-name|x", "1"));
        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        source.Now = [("by-email|a", "2"), ("by-code|c", "2")];
        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        Assert.Equal(["by-code|c", "by-email|a"], await CopiesAsync(table));
        var updated = await table.GetEntityAsync<TableEntity>("svc", "by-email|a");
        Assert.Equal("2", updated.Value.GetString("Value"));
    }

    [Fact]
    public async Task RefreshAsync_UnchangedSource_WritesNothing()
    {
        var table = await Azurite.NewTableAsync();
        var source = new Source(("by-email|a", "1"));
        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);
        var before = await table.GetEntityAsync<TableEntity>("svc", "by-email|a");

        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        var after = await table.GetEntityAsync<TableEntity>("svc", "by-email|a");
        Assert.Equal(before.Value.ETag, after.Value.ETag);
    }

    [Fact]
    public async Task RefreshAsync_ConcurrentRefreshesOfChangingSource_EndOnTheLatestVersion()
    {
        var table = await Azurite.NewTableAsync();
        var source = new Source(("by-email|a", "0"));

        var refreshes = Enumerable.Range(1, 8).Select(async version =>
        {
            var text = version.ToString(CultureInfo.InvariantCulture);
            source.Now = [("by-email|a", text), ($"by-version|{text}", text)];
            await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);
        });
        await Task.WhenAll(refreshes);
        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        var final = source.Now[0].Value;
        Assert.Equal(["by-email|a", $"by-version|{final}"], await CopiesAsync(table));
        var email = await table.GetEntityAsync<TableEntity>("svc", "by-email|a");
        Assert.Equal(final, email.Value.GetString("Value"));
    }

    [Fact]
    public async Task RefreshAsync_SourceGone_LeavesCopiesAlone()
    {
        var table = await Azurite.NewTableAsync();
        var source = new Source(("by-email|a", "1"));
        await table.RefreshAsync("svc", "head|1", source.ReadAsync, default);

        await table.RefreshAsync("svc", "head|1", _ => Task.FromResult<Projection?>(null), default);

        Assert.Equal(["by-email|a"], await CopiesAsync(table));
    }

    private static async Task<List<string>> CopiesAsync(TableClient table)
    {
        var rows = await table.ReadRowsAsync<TableEntity>("svc", "by-", default);
        return rows.Select(r => r.RowKey).Order(StringComparer.Ordinal).ToList();
    }

    // A source whose rows and version are whatever the test set last; the version is their text.
    private sealed class Source(params (string Key, string Value)[] rows)
    {
        public (string Key, string Value)[] Now { get; set; } = rows;

        public Task<Projection?> ReadAsync(CancellationToken cancellationToken)
        {
            var rows = Now;
            var copies = rows.Select(r => (ITableEntity)new TableEntity("svc", r.Key)
            {
                ["Value"] = r.Value,
            });
            var version = string.Join(',', rows.Select(r => r.Key + "=" + r.Value));
            return Task.FromResult<Projection?>(new Projection(version, copies.ToList()));
        }
    }
}

using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Transactions.Index;
using MerchantDesk.Transactions.Search;

namespace MerchantDesk.Transactions;

/// <summary>
/// The Transactions tab's list and its CSV export: one range query of the service's index partition per page,
/// shown in the caller's chosen columns. Only the caller's own service, and only its sites, can be asked for.
/// </summary>
public sealed class TransactionList(
    StorageAccount storage,
    TransactionIndex index,
    IChosenColumns chosenColumns,
    TransactionCells cells)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<TransactionPage> PageAsync(
        ProfileCaller caller,
        TransactionQuery query,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        // The checks and the chosen columns are point reads; they run alongside the query, and nothing it found
        // leaves here unless the checks pass.
        var own = EnsureOwnAsync(caller, query, cancellationToken);
        var chosen = chosenColumns.ForAsync(caller, cancellationToken);
        var found = index.Table.ReadPageAsync<TransactionEntity>(query.Filter(), page, cancellationToken);
        await Task.WhenAll(own, chosen, found);
        var columns = await chosen;
        var items = (await found).Items.Select(row => new TransactionListItem(
            row.SiteId,
            row.PaymentId,
            row.Kind == TransactionKind.Refund ? row.TransactionId : null,
            row.Kind,
            cells.Of(row, columns)));
        return new TransactionPage(columns, items.ToList(), (await found).NextPageToken);
    }

    /// <summary>Every transaction the query finds, as a CSV in the chosen columns, read as it is written.</summary>
    public async Task<CsvResult> ExportAsync(
        ProfileCaller caller,
        TransactionQuery query,
        CancellationToken cancellationToken)
    {
        await EnsureOwnAsync(caller, query, cancellationToken);
        var columns = await chosenColumns.ForAsync(caller, cancellationToken);
        var rows = RowsAsync(query, columns, cancellationToken);
        return new CsvResult($"transactions-{query.ServiceId}.csv", columns, rows);
    }

    /// <summary>The page key of <paramref name="query"/> as <paramref name="caller"/> asks it.</summary>
    public static string PageKey(ProfileCaller caller, TransactionQuery query) =>
        caller.MerchantId + "\n" + query.Key;

    private async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(
        TransactionQuery query,
        IReadOnlyList<string> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in index.Table.QueryAsync<TransactionEntity>(
            query.Filter(),
            cancellationToken: cancellationToken))
        {
            yield return columns.Select(column => cells.ValueOf(row, column)).ToList();
        }
    }

    private Task EnsureOwnAsync(ProfileCaller caller, TransactionQuery query, CancellationToken cancellationToken) =>
        Merchants.RequireServiceScopeAsync(caller.MerchantId, query.ServiceId, query.SiteId, cancellationToken);
}

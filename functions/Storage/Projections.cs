using Azure.Data.Tables;

namespace MerchantDesk.Storage;

/// <summary>What a source row should show as: its version and the rows that copy it, all in one partition.</summary>
/// <param name="Version">Changes whenever the source changes (its ETag), so an unchanged source writes nothing.</param>
public sealed record Projection(string Version, IReadOnlyList<ITableEntity> Rows);

/// <summary>
/// Keeps copies of a row in another partition (lookup and listing rows keyed for a query) equal to the source.
/// A head row remembers which version the copies show and which keys they hold; the copies, the head and the
/// removal of keys no longer wanted commit in one entity group transaction under the head's ETag. Each attempt
/// reads the head before the source, so the write that lands last carries the newest source: concurrent or
/// redelivered refreshes, in any order, converge on the source as it is.
/// </summary>
public static class Projections
{
    private const char KeySeparator = '\n';

    /// <summary>
    /// Makes the copies in <paramref name="partitionKey"/> match what <paramref name="readSource"/> answers now;
    /// a source that is gone (null) leaves the copies as they are.
    /// </summary>
    public static async Task RefreshAsync(
        this TableClient table,
        string partitionKey,
        string headRow,
        Func<CancellationToken, Task<Projection?>> readSource,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var head = await table.GetEntityIfExistsAsync<ProjectionHead>(
                partitionKey,
                headRow,
                cancellationToken: cancellationToken);
            var source = await readSource(cancellationToken);
            var current = head.HasValue ? head.Value : null;
            if (source is null || current?.Version == source.Version)
            {
                return;
            }

            if (await TrySubmitAsync(table, Writes(partitionKey, headRow, current, source), cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The projection '{headRow}' changed too often to refresh.");
    }

    private static List<TableTransactionAction> Writes(
        string partitionKey,
        string headRow,
        ProjectionHead? current,
        Projection source)
    {
        var keys = source.Rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var next = new ProjectionHead
        {
            PartitionKey = partitionKey,
            RowKey = headRow,
            Version = source.Version,
            RowKeys = string.Join(KeySeparator, keys),
        };
        var writes = new List<TableTransactionAction>
        {
            current is null
                ? new(TableTransactionActionType.Add, next)
                : new(TableTransactionActionType.UpdateReplace, next, current.ETag),
        };
        writes.AddRange(source.Rows.Select(row => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            row)));
        writes.AddRange(StaleKeys(current, keys).Select(key => new TableTransactionAction(
            TableTransactionActionType.Delete,
            new TableEntity(partitionKey, key))));
        return writes;
    }

    private static IEnumerable<string> StaleKeys(ProjectionHead? current, HashSet<string> wanted) =>
        current is null || current.RowKeys.Length == 0
            ? []
            : current.RowKeys.Split(KeySeparator).Where(key => !wanted.Contains(key));

    private static async Task<bool> TrySubmitAsync(
        TableClient table,
        List<TableTransactionAction> writes,
        CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(writes, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}

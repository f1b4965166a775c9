using Azure.Data.Tables;
using MerchantDesk.Payments;
using MerchantDesk.Storage;

namespace MerchantDesk.Events;

/// <summary>
/// Commits ledger changes together with their events. The queue message goes out before the commit, so no crash
/// can leave a committed event unannounced; a message whose commit never happened finds no row and is dropped.
/// </summary>
public sealed class LedgerEvents(StorageAccount storage, QueueSender queue)
{
    public const string QueueName = "ledger-events";

    // The commit follows the message within milliseconds; a short delay lets the first read find it.
    private static readonly TimeSpan AnnouncementDelay = TimeSpan.FromSeconds(1);

    private TableClient Ledger => storage.Table(LedgerTable.Name);

    /// <summary>
    /// Announces <paramref name="events"/> and commits them with <paramref name="writes"/> in one entity group
    /// transaction; false when an ETag or an added row's key lost a race (nothing was written then).
    /// </summary>
    public async Task<bool> TryCommitAsync(
        IEnumerable<TableTransactionAction> writes,
        IReadOnlyList<LedgerEventEntity> events,
        CancellationToken cancellationToken)
    {
        await AnnounceAsync(events, cancellationToken);
        try
        {
            await Ledger.SubmitTransactionAsync(
                [.. writes, .. events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e))],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>The event's row, or null when its commit never happened (or has not happened yet).</summary>
    public async Task<LedgerEventEntity?> FindAsync(LedgerEventMessage message, CancellationToken cancellationToken)
    {
        var found = await Ledger.GetEntityIfExistsAsync<LedgerEventEntity>(
            message.SiteId,
            LedgerEventEntity.Row(message.EventId),
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task AnnounceAsync(IEnumerable<LedgerEventEntity> events, CancellationToken cancellationToken)
    {
        foreach (var change in events.Where(e => !e.Announced))
        {
            var message = new LedgerEventMessage(change.SiteId, change.EventId);
            await queue.SendAsync(QueueName, message, AnnouncementDelay, cancellationToken);
            change.MarkAnnounced();
        }
    }
}

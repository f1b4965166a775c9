using Azure;
using Azure.Data.Tables;
using MerchantDesk.Storage;

namespace MerchantDesk.Notifications;

/// <summary>The delivery log: each site's deliveries and their attempts, in the site's partition.</summary>
public sealed class DeliveryStore(StorageAccount storage)
{
    private TableClient Deliveries => storage.Table(DeliveryEntity.TableName);

    /// <summary>Adds <paramref name="delivery"/>, or returns the row an earlier handling of its event added.</summary>
    public async Task<DeliveryEntity> AddOnceAsync(DeliveryEntity delivery, CancellationToken cancellationToken)
    {
        try
        {
            await Deliveries.AddEntityAsync(delivery, cancellationToken);
            return delivery;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindAsync(delivery.PartitionKey, delivery.RowKey, cancellationToken)
                ?? throw new InvalidOperationException($"Delivery '{delivery.RowKey}' exists and yet was not found.");
        }
    }

    public async Task<DeliveryEntity?> FindAsync(string siteId, string deliveryId, CancellationToken cancellationToken)
    {
        var found = await Deliveries.GetEntityIfExistsAsync<DeliveryEntity>(
            siteId,
            deliveryId,
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Saves <paramref name="delivery"/> as read (ETag) with its new <paramref name="attempt"/>, both or neither;
    /// false when another handling of the delivery changed it meanwhile.
    /// </summary>
    public async Task<bool> TryRecordAsync(
        DeliveryEntity delivery,
        DeliveryAttemptEntity attempt,
        CancellationToken cancellationToken)
    {
        try
        {
            await Deliveries.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, delivery, delivery.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, attempt),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Saves a change of <paramref name="delivery"/> as read; false when it changed meanwhile.</summary>
    public async Task<bool> TryUpdateAsync(DeliveryEntity delivery, CancellationToken cancellationToken)
    {
        try
        {
            await Deliveries.UpdateEntityAsync(delivery, delivery.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>A page of the site's deliveries, newest event first, in <paramref name="state"/> if given.</summary>
    public Task<PagedList<DeliveryEntity>> ListAsync(
        string siteId,
        DeliveryState? state,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var (from, to) = (DeliveryEntity.RowPrefix, PrefixQueries.EndOf(DeliveryEntity.RowPrefix));
        var filter = state is { } wanted
            ? TableClient.CreateQueryFilter(
                $"PartitionKey eq {siteId} and RowKey ge {from} and RowKey lt {to} and State eq {wanted.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {siteId} and RowKey ge {from} and RowKey lt {to}");
        return Deliveries.ReadPageAsync<DeliveryEntity>(filter, page, cancellationToken);
    }

    /// <summary>The site's failed deliveries of events at or after <paramref name="since"/>, newest first.</summary>
    public async Task<List<DeliveryEntity>> FailedSinceAsync(
        string siteId,
        DateTimeOffset since,
        int limit,
        CancellationToken cancellationToken)
    {
        var (from, upTo) = (DeliveryEntity.RowPrefix, DeliveryIds.UpTo(since));
        var failed = DeliveryState.Failed.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {siteId} and RowKey ge {from} and RowKey le {upTo} and State eq {failed}");
        var rows = new List<DeliveryEntity>();
        await foreach (var row in Deliveries.QueryAsync<DeliveryEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count == limit)
            {
                break;
            }
        }

        return rows;
    }

    public Task<List<DeliveryAttemptEntity>> AttemptsAsync(
        string siteId,
        string deliveryId,
        CancellationToken cancellationToken) =>
        Deliveries.ReadRowsAsync<DeliveryAttemptEntity>(
            siteId,
            DeliveryAttemptEntity.PrefixOf(deliveryId),
            cancellationToken);
}

using Azure.Data.Tables;
using MerchantDesk.Payments;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Events;

/// <summary>
/// The profile's indexes of ledger rows: one partition per service holding copies of the rows of its sites, so a
/// tab lists a whole service with one range query. Ledger event handlers keep them up through
/// <see cref="Projections"/>; the ledger row stays the truth.
/// </summary>
public static class ServiceIndexes
{
    /// <summary>
    /// Makes the copies of the ledger row <paramref name="ledgerRowKey"/> of <paramref name="siteId"/> in
    /// <paramref name="index"/> what <paramref name="copiesOf"/> makes of the row as it is now (given the row and
    /// the site's service); a row that is gone leaves its copies as they are.
    /// </summary>
    public static async Task RefreshAsync<T>(
        this StorageAccount storage,
        TableClient index,
        string siteId,
        string ledgerRowKey,
        string headRow,
        Func<T, string, IEnumerable<ITableEntity>> copiesOf,
        CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var serviceId = await storage.ServiceOfAsync(siteId, cancellationToken);
        await index.RefreshAsync(
            serviceId,
            headRow,
            async ct =>
            {
                var found = await storage.Table(LedgerTable.Name).GetEntityIfExistsAsync<T>(
                    siteId,
                    ledgerRowKey,
                    cancellationToken: ct);
                return found.HasValue && found.Value is { } row
                    ? new Projection(row.ETag.ToString(), copiesOf(row, serviceId).ToList())
                    : null;
            },
            cancellationToken);
    }
}

using Azure.Data.Tables;
using MerchantDesk.Payments;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Transactions.Index;

/// <summary>
/// The Transactions tab's index: one partition per service, holding a copy of each transaction of its sites under
/// every key it is listed or found by (<see cref="TransactionIndexKeys"/>), so a page or a search is one range
/// query whatever the number of transactions. The ledger row stays the truth; the index follows it.
/// </summary>
public sealed class TransactionIndex(StorageAccount storage)
{
    public const string TableName = "TransactionIndex";

    public TableClient Table => storage.Table(TableName);

    private TableClient Ledger => storage.Table(LedgerTable.Name);

    /// <summary>Brings the copies of the ledger's transaction row <paramref name="ledgerRowKey"/> up to date.</summary>
    public async Task RefreshAsync(string siteId, string ledgerRowKey, CancellationToken cancellationToken)
    {
        var serviceId = await ServiceOfAsync(siteId, cancellationToken);
        await Table.RefreshAsync(
            serviceId,
            TransactionIndexKeys.Head(siteId, ledgerRowKey),
            ct => ProjectAsync(serviceId, siteId, ledgerRowKey, ct),
            cancellationToken);
    }

    private async Task<Projection?> ProjectAsync(
        string serviceId,
        string siteId,
        string ledgerRowKey,
        CancellationToken cancellationToken)
    {
        var found = await Ledger.GetEntityIfExistsAsync<TransactionEntity>(
            siteId,
            ledgerRowKey,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } row)
        {
            return null;
        }

        var copies = TransactionIndexKeys.For(row).Select(key => (ITableEntity)row.CopyAs(serviceId, key));
        return new Projection(row.ETag.ToString(), copies.ToList());
    }

    private async Task<string> ServiceOfAsync(string siteId, CancellationToken cancellationToken)
    {
        var entry = await storage.Table(SiteDirectoryEntity.TableName).GetEntityAsync<SiteDirectoryEntity>(
            siteId,
            SiteDirectoryEntity.Row,
            cancellationToken: cancellationToken);
        return entry.Value.ServiceId;
    }
}

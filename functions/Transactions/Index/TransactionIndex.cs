using Azure.Data.Tables;
using MerchantDesk.Events;
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

    /// <summary>Brings the copies of the ledger's transaction row <paramref name="ledgerRowKey"/> up to date.</summary>
    public Task RefreshAsync(string siteId, string ledgerRowKey, CancellationToken cancellationToken) =>
        storage.RefreshAsync<TransactionEntity>(
            Table,
            siteId,
            ledgerRowKey,
            TransactionIndexKeys.Head(siteId, ledgerRowKey),
            (row, serviceId) => TransactionIndexKeys.For(row).Select(key => row.CopyAs(serviceId, key)),
            cancellationToken);
}

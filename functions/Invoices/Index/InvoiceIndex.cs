using Azure.Data.Tables;
using MerchantDesk.Events;
using MerchantDesk.Payments;
using MerchantDesk.Storage;

namespace MerchantDesk.Invoices.Index;

/// <summary>
/// The Invoices tab's index: one partition per service holding a copy of each bill of its sites under the keys
/// it is listed by (<see cref="InvoiceIndexKeys"/>), so a page is one range query however many bills there are.
/// The ledger's bill stays the truth; the index follows it.
/// </summary>
public sealed class InvoiceIndex(StorageAccount storage)
{
    public const string TableName = "InvoiceIndex";

    public TableClient Table => storage.Table(TableName);

    /// <summary>Brings the copies of the bill <paramref name="billId"/> up to date with the ledger.</summary>
    public Task RefreshAsync(string siteId, string billId, CancellationToken cancellationToken) =>
        storage.RefreshAsync<BillEntity>(
            Table,
            siteId,
            LedgerTable.BillRow(billId),
            InvoiceIndexKeys.Head(siteId, billId),
            (bill, serviceId) => InvoiceIndexKeys.For(bill).Select(key => InvoiceRowEntity.Of(bill, serviceId, key)),
            cancellationToken);
}

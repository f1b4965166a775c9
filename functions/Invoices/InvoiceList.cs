using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Invoices.Index;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Invoices;

/// <summary>
/// The Invoices tab's list: one range query of the service's index partition per page. Only the caller's own
/// service, and only its sites, can be asked for.
/// </summary>
public sealed class InvoiceList(StorageAccount storage, InvoiceIndex index, InvoiceViews views, TimeProvider clock)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<InvoicePage> PageAsync(
        ProfileCaller caller,
        InvoiceQuery query,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        // The ownership checks are point reads; they run alongside the query, and nothing it found leaves here
        // unless they pass.
        var now = clock.GetUtcNow();
        var own = Merchants.RequireServiceScopeAsync(
            caller.MerchantId,
            query.ServiceId,
            query.SiteId,
            cancellationToken);
        var found = index.Table.ReadPageAsync<InvoiceRowEntity>(query.Filter(now), page, cancellationToken);
        await Task.WhenAll(own, found);
        var rows = await found;
        return new InvoicePage(rows.Items.Select(row => views.Item(row, now)).ToList(), rows.NextPageToken);
    }

    /// <summary>The page key of <paramref name="query"/> as <paramref name="caller"/> asks it.</summary>
    public static string PageKey(ProfileCaller caller, InvoiceQuery query) => caller.MerchantId + "\n" + query.Key;
}

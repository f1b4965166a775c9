using MerchantDesk.Storage;

namespace MerchantDesk.Invoices.Index;

/// <summary>
/// The row keys a bill is listed under in its service's partition of the invoice index: once among all the
/// service's invoices and once among its site's. Both end with the bill's place (newest first, then site and bill),
/// so each prefix lists its invoices newest first.
/// </summary>
public static class InvoiceIndexKeys
{
    public const string AllPrefix = "all|";

    public static string SitePrefix(string siteId) => "site|" + siteId + "|";

    /// <summary>The row that remembers which version of the ledger's bill the copies show.</summary>
    public static string Head(string siteId, string billId) => "head|" + siteId + "|" + billId;

    public static IEnumerable<string> For(BillEntity bill)
    {
        var place = Keys.NewestFirst(bill.CreatedAt) + "|" + bill.SiteId + "|" + bill.BillId;
        yield return AllPrefix + place;
        yield return SitePrefix(bill.SiteId) + place;
    }
}

using MerchantDesk.Storage;

namespace MerchantDesk.Sites;

public static class SiteDirectory
{
    /// <summary>The service a site belongs to, for what names only the site, such as a ledger event.</summary>
    public static async Task<string> ServiceOfAsync(
        this StorageAccount storage,
        string siteId,
        CancellationToken cancellationToken)
    {
        var entry = await storage.Table(SiteDirectoryEntity.TableName).GetEntityAsync<SiteDirectoryEntity>(
            siteId,
            SiteDirectoryEntity.Row,
            cancellationToken: cancellationToken);
        return entry.Value.ServiceId;
    }
}

using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Credentials;

/// <summary>
/// Finds sites and their keys for the hosted payment form and for notifications, which know a site only by its
/// public key or its id. Every lookup is a point read; nothing is cached, so a reissued notification key signs the
/// very next notification.
/// </summary>
public sealed class SiteKeys(StorageAccount storage, SiteCredentials credentials)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    /// <summary>The site whose public key this is, or null.</summary>
    public async Task<SiteProfile?> FindByPublicKeyAsync(string publicKey, CancellationToken cancellationToken)
    {
        if (!publicKey.StartsWith(SiteCredentials.PublicKeyPrefix, StringComparison.Ordinal)
            || !RouteIds.IsWellFormed(publicKey))
        {
            return null;
        }

        var lookup = await storage.Table(PublicKeyEntity.TableName).GetEntityIfExistsAsync<PublicKeyEntity>(
            publicKey,
            PublicKeyEntity.Row,
            cancellationToken: cancellationToken);
        if (!lookup.HasValue || lookup.Value is not { } entry)
        {
            return null;
        }

        var site = await Merchants.FindSiteAsync(entry.MerchantId, entry.SiteId, cancellationToken);
        return site is not null && site.PublicKey == publicKey ? SiteProfile.Of(site) : null;
    }

    /// <summary>
    /// The site's notification key in clear, to sign a notification with; never to be logged. A site that no longer
    /// exists is an <see cref="Api.ApiException"/> (404).
    /// </summary>
    public async Task<string> NotificationKeyAsync(
        string merchantId,
        string siteId,
        CancellationToken cancellationToken)
    {
        var site = await Merchants.RequireSiteAsync(merchantId, siteId, cancellationToken);
        return credentials.NotificationKeyOf(site);
    }

    /// <summary>The site with this globally unique id, whichever merchant it belongs to, or null.</summary>
    public async Task<SiteEntity?> FindSiteAsync(string siteId, CancellationToken cancellationToken)
    {
        if (!SiteIdFormat.IsValid(siteId))
        {
            return null;
        }

        var entry = await storage.Table(SiteDirectoryEntity.TableName).GetEntityIfExistsAsync<SiteDirectoryEntity>(
            siteId,
            SiteDirectoryEntity.Row,
            cancellationToken: cancellationToken);
        return entry.HasValue && entry.Value is { } found
            ? await Merchants.FindSiteAsync(found.MerchantId, siteId, cancellationToken)
            : null;
    }
}

using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Api;

namespace MerchantDesk.Sites;

/// <summary>Reads one merchant's site: a point read in the merchant's partition.</summary>
public static class SiteRows
{
    /// <summary>The site of <paramref name="merchantId"/>, or null; another merchant's site is never found.</summary>
    public static async Task<SiteEntity?> FindSiteAsync(
        this TableClient merchants,
        string merchantId,
        string siteId,
        CancellationToken cancellationToken)
    {
        // A malformed id cannot name a site, and is not a valid table key either.
        if (!SiteIdFormat.IsValid(siteId))
        {
            return null;
        }

        var site = await merchants.GetEntityIfExistsAsync<SiteEntity>(
            merchantId,
            MerchantTable.SiteRow(siteId),
            cancellationToken: cancellationToken);
        return site.HasValue ? site.Value : null;
    }

    /// <summary>Like <see cref="FindSiteAsync"/>, answering 404 when there is no such site.</summary>
    public static async Task<SiteEntity> RequireSiteAsync(
        this TableClient merchants,
        string merchantId,
        string siteId,
        CancellationToken cancellationToken)
    {
        return await merchants.FindSiteAsync(merchantId, siteId, cancellationToken) ?? throw NotFound();
    }

    public static ApiException NotFound() => ApiException.NotFound("api.site.not.found", "No such site.");
}

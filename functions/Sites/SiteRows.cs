using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;

namespace MerchantDesk.Sites;

/// <summary>Reads one merchant's site or service: a point read in the merchant's partition.</summary>
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

    /// <summary>The service of <paramref name="merchantId"/>, answering 404 for any other.</summary>
    public static async Task<ServiceEntity> RequireServiceAsync(
        this TableClient merchants,
        string merchantId,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var notFound = ApiException.NotFound("api.service.not.found", "No such service.");
        if (!RouteIds.IsWellFormed(serviceId))
        {
            throw notFound;
        }

        var service = await merchants.GetEntityIfExistsAsync<ServiceEntity>(
            merchantId,
            MerchantTable.ServiceRow(serviceId),
            cancellationToken: cancellationToken);
        return service.HasValue && service.Value is { } found ? found : throw notFound;
    }

    /// <summary>
    /// Checks that <paramref name="serviceId"/> is the merchant's and, when given, that <paramref name="siteId"/> is
    /// one of its sites; 404 for anything else.
    /// </summary>
    public static async Task RequireServiceScopeAsync(
        this TableClient merchants,
        string merchantId,
        string serviceId,
        string? siteId,
        CancellationToken cancellationToken)
    {
        // Both are point reads; they run at once.
        var service = merchants.RequireServiceAsync(merchantId, serviceId, cancellationToken);
        var site = siteId is null
            ? Task.FromResult<SiteEntity?>(null)
            : merchants.FindSiteAsync(merchantId, siteId, cancellationToken);
        await Task.WhenAll(service, site);
        if (siteId is not null && (await site)?.ServiceId != serviceId)
        {
            throw NotFound();
        }
    }

    /// <summary>The merchant's site <paramref name="siteId"/> of <paramref name="serviceId"/>; else 404.</summary>
    public static async Task<SiteEntity> RequireSiteOfServiceAsync(
        this TableClient merchants,
        string merchantId,
        string serviceId,
        string siteId,
        CancellationToken cancellationToken)
    {
        var site = await merchants.FindSiteAsync(merchantId, siteId, cancellationToken);
        return site is not null && site.ServiceId == serviceId ? site : throw NotFound();
    }

    public static ApiException NotFound() => ApiException.NotFound("api.site.not.found", "No such site.");
}

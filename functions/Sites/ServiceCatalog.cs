using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Storage;

namespace MerchantDesk.Sites;

/// <summary>A merchant's connected services and sites: listed on the Services tab, connected by operators.</summary>
public sealed class ServiceCatalog(StorageAccount storage, SiteCredentials credentials, TimeProvider clock)
{
    private const int MaxNameLength = 100;

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<ServiceList> ListAsync(string merchantId, CancellationToken cancellationToken)
    {
        await EnsureMerchantExistsAsync(merchantId, cancellationToken);
        var services = await Merchants.ReadRowsAsync<ServiceEntity>(
            merchantId,
            MerchantTable.ServicePrefix,
            cancellationToken);
        var sites = await Merchants.ReadRowsAsync<SiteEntity>(merchantId, MerchantTable.SitePrefix, cancellationToken);
        var views = services
            .OrderBy(s => s.CreatedAt)
            .Select(s => new ServiceView(
                s.ServiceId,
                s.Name,
                sites
                    .Where(site => site.ServiceId == s.ServiceId)
                    .OrderBy(site => site.CreatedAt)
                    .Select(SiteView.Of)
                    .ToList()))
            .ToList();
        return new ServiceList(views);
    }

    public async Task<ServiceView> ConnectServiceAsync(
        string merchantId,
        ConnectServiceRequest request,
        CancellationToken cancellationToken)
    {
        await EnsureMerchantExistsAsync(merchantId, cancellationToken);
        var serviceId = Keys.NewId("svc");
        var service = new ServiceEntity
        {
            PartitionKey = merchantId,
            RowKey = MerchantTable.ServiceRow(serviceId),
            ServiceId = serviceId,
            Name = Require.Text(request.Name, "name", MaxNameLength),
            CreatedAt = clock.GetUtcNow(),
        };
        await Merchants.AddEntityAsync(service, cancellationToken);
        return new ServiceView(serviceId, service.Name, []);
    }

    public async Task<SiteView> ConnectSiteAsync(
        string merchantId,
        string serviceId,
        ConnectSiteRequest request,
        CancellationToken cancellationToken)
    {
        var site = NewSite(merchantId, serviceId, request);
        var service = await Merchants.GetEntityIfExistsAsync<ServiceEntity>(
            merchantId,
            MerchantTable.ServiceRow(serviceId),
            cancellationToken: cancellationToken);
        if (!service.HasValue)
        {
            throw ApiException.NotFound("api.service.not.found", "No such service.");
        }

        await ClaimSiteIdAsync(site, cancellationToken);
        await credentials.IssueAsync(site, cancellationToken);
        await Merchants.AddEntityAsync(site, cancellationToken);
        return SiteView.Of(site);
    }

    private SiteEntity NewSite(string merchantId, string serviceId, ConnectSiteRequest request)
    {
        var siteId = request.SiteId ?? Keys.NewId("site").Replace('_', '-');
        if (!SiteIdFormat.IsValid(siteId))
        {
            throw ApiException.BadRequest("api.site.id.invalid", SiteIdFormat.Rule);
        }

        if (request.PaymentMethods is not { Count: > 0 })
        {
            throw ApiException.BadRequest("api.site.payment.methods.missing", "Enable at least one payment method.");
        }

        return new SiteEntity
        {
            PartitionKey = merchantId,
            RowKey = MerchantTable.SiteRow(siteId),
            SiteId = siteId,
            ServiceId = serviceId,
            Name = Require.Text(request.Name, "name", MaxNameLength),
            Url = Require.WebUrl(request.Url, "url"),
            PaymentMethods = PaymentMethodList.Format(request.PaymentMethods),
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private async Task ClaimSiteIdAsync(SiteEntity site, CancellationToken cancellationToken)
    {
        var entry = new SiteDirectoryEntity
        {
            PartitionKey = site.SiteId,
            MerchantId = site.PartitionKey,
            ServiceId = site.ServiceId,
        };
        if (!await storage.Table(SiteDirectoryEntity.TableName).TryAddAsync(entry, cancellationToken))
        {
            throw ApiException.Conflict("api.site.id.taken", $"The siteId '{site.SiteId}' is taken.");
        }
    }

    private async Task EnsureMerchantExistsAsync(string merchantId, CancellationToken cancellationToken)
    {
        var merchant = await Merchants.GetEntityIfExistsAsync<MerchantEntity>(
            merchantId,
            MerchantTable.ProfileRow,
            cancellationToken: cancellationToken);
        if (!merchant.HasValue)
        {
            throw ApiException.NotFound("api.merchant.not.found", "No such merchant.");
        }
    }
}

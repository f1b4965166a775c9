using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Telegram;

namespace MerchantDesk.Credentials;

/// <summary>
/// What a service's Settings tab shows: its sites with their API tokens, and each site's keys. Always scoped by the
/// caller's merchant, so another merchant's service or site is not found.
/// </summary>
public sealed class SettingsTab(
    StorageAccount storage,
    ApiTokenService tokens,
    SiteCredentials credentials,
    PaymentFormLinks links,
    BotLinks bot)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<ServiceSettingsView> ListAsync(
        ProfileCaller caller,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var service = await Merchants.RequireServiceAsync(caller.MerchantId, serviceId, cancellationToken);
        var sites = await Merchants.ReadRowsAsync<SiteEntity>(
            caller.MerchantId,
            MerchantTable.SitePrefix,
            cancellationToken);
        var issued = await tokens.ListAsync(caller.MerchantId, cancellationToken);
        var views = sites
            .Where(site => site.ServiceId == serviceId)
            .OrderBy(site => site.CreatedAt)
            .Select(site => SettingsOf(site, issued.Where(token => token.HomeSiteId == site.SiteId)))
            .ToList();
        return new ServiceSettingsView(service.ServiceId, service.Name, views, bot.Bot?.AbsoluteUri);
    }

    public async Task<SiteKeysView> KeysAsync(ProfileCaller caller, string siteId, CancellationToken cancellationToken)
    {
        var site = await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        return new SiteKeysView(
            site.SiteId,
            site.PublicKey,
            links.ForSite(site.PublicKey).AbsoluteUri,
            credentials.NotificationKeyOf(site),
            site.NotificationUrl);
    }

    /// <summary>The URL the site's payment QR code opens.</summary>
    public async Task<Uri> PaymentFormUrlAsync(
        ProfileCaller caller,
        string siteId,
        CancellationToken cancellationToken)
    {
        var site = await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        return links.ForSite(site.PublicKey);
    }

    private static SiteSettingsView SettingsOf(SiteEntity site, IEnumerable<ApiTokenListingEntity> siteTokens) => new(
        site.SiteId,
        site.Name,
        site.Url,
        PaymentMethodList.Parse(site.PaymentMethods),
        site.PublicKey,
        site.NotificationUrl,
        siteTokens.OrderByDescending(token => token.CreatedAt).Select(ApiTokenView.Of).ToList());
}

using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Audit;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Credentials;

/// <summary>
/// A site's server notifications: the key that signs them and the URL they are posted to. Both are changed on the
/// site row with its ETag, so concurrent changes never undo each other.
/// </summary>
public sealed partial class NotificationSettings(
    StorageAccount storage,
    SiteCredentials credentials,
    NotificationUrlPolicy policy,
    AuditLog audit,
    ILogger<NotificationSettings> logger)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    /// <summary>Replaces the site's notification key; the old one signs nothing from now on.</summary>
    public async Task<NotificationKeyView> ReissueKeyAsync(
        ProfileCaller caller,
        string siteId,
        CancellationToken cancellationToken)
    {
        var key = "";
        await UpdateSiteAsync(
            caller,
            siteId,
            site => key = credentials.ReplaceNotificationKey(site),
            cancellationToken);

        LogKeyReissued(siteId, caller.MerchantId);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.NotificationKeyReissued, caller.Email,
            detail: $"site {siteId}", cancellationToken: cancellationToken);
        return new NotificationKeyView(key);
    }

    /// <summary>Sets where notifications go, or stops them when the URL is empty.</summary>
    public async Task<NotificationUrlView> SetUrlAsync(
        ProfileCaller caller,
        string siteId,
        NotificationUrlRequest request,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var url = string.IsNullOrWhiteSpace(request.Url)
            ? null
            : (await policy.CheckAsync(request.Url, cancellationToken)).AbsoluteUri;
        await UpdateSiteAsync(caller, siteId, site => site.NotificationUrl = url, cancellationToken);

        LogUrlChanged(siteId, caller.MerchantId);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.NotificationUrlChanged, caller.Email,
            detail: $"site {siteId}", cancellationToken: cancellationToken);
        return new NotificationUrlView(url);
    }

    private async Task UpdateSiteAsync(
        ProfileCaller caller,
        string siteId,
        Action<SiteEntity> change,
        CancellationToken cancellationToken)
    {
        if (!SiteIdFormat.IsValid(siteId))
        {
            throw SiteRows.NotFound();
        }

        var updated = await Merchants.UpdateAsync(
            caller.MerchantId,
            MerchantTable.SiteRow(siteId),
            change,
            cancellationToken);
        if (updated is null)
        {
            throw SiteRows.NotFound();
        }
    }

    [LoggerMessage(EventId = 1520, Level = LogLevel.Information,
        Message = "Notification key of site {SiteId} of merchant {MerchantId} reissued")]
    private partial void LogKeyReissued(string siteId, string merchantId);

    [LoggerMessage(EventId = 1521, Level = LogLevel.Information,
        Message = "Notification URL of site {SiteId} of merchant {MerchantId} changed")]
    private partial void LogUrlChanged(string siteId, string merchantId);
}

using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Registers;

/// <summary>A service's register mailing lists, listed, created, replaced and deleted by its merchant.</summary>
public sealed class MailingLists(StorageAccount storage, TimeProvider clock)
{
    public const int MaxAddresses = 50;
    private const string ListPrefix = "list_";

    private TableClient Lists => storage.Table(MailingListEntity.TableName);

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<MailingListList> ListAsync(
        ProfileCaller caller,
        string serviceId,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireServiceAsync(caller.MerchantId, serviceId, cancellationToken);
        var lists = await OfMerchantAsync(caller.MerchantId, cancellationToken);
        var views = lists.Where(l => l.ServiceId == serviceId).OrderBy(l => l.CreatedAt).Select(MailingListView.Of);
        return new MailingListList(views.ToList(), MaxAddresses);
    }

    public async Task<MailingListView> CreateAsync(
        ProfileCaller caller,
        string serviceId,
        MailingListRequest request,
        CancellationToken cancellationToken)
    {
        var list = new MailingListEntity
        {
            PartitionKey = caller.MerchantId,
            ListId = Keys.NewId("rml"),
            ServiceId = serviceId,
            CreatedAt = clock.GetUtcNow(),
        };
        list.RowKey = MailingListEntity.Row(list.ListId);
        await ApplyAsync(caller, list, request, cancellationToken);
        await Lists.AddEntityAsync(list, cancellationToken);
        return MailingListView.Of(list);
    }

    public async Task<MailingListView> ReplaceAsync(
        ProfileCaller caller,
        string serviceId,
        string listId,
        MailingListRequest request,
        CancellationToken cancellationToken)
    {
        var list = await RequireAsync(caller, serviceId, listId, cancellationToken);
        await ApplyAsync(caller, list, request, cancellationToken);
        try
        {
            await Lists.UpdateEntityAsync(list, list.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 412)
        {
            throw ApiException.Conflict(
                "api.mailing.list.changed",
                "The list changed meanwhile; read it and try again.");
        }

        return MailingListView.Of(list);
    }

    public async Task DeleteAsync(
        ProfileCaller caller,
        string serviceId,
        string listId,
        CancellationToken cancellationToken)
    {
        var list = await RequireAsync(caller, serviceId, listId, cancellationToken);
        await Lists.DeleteEntityAsync(list.PartitionKey, list.RowKey, list.ETag, cancellationToken);
    }

    /// <summary>Every mailing list of <paramref name="merchantId"/>: one range query of its partition.</summary>
    public Task<List<MailingListEntity>> OfMerchantAsync(string merchantId, CancellationToken cancellationToken) =>
        Lists.ReadRowsAsync<MailingListEntity>(merchantId, ListPrefix, cancellationToken);

    /// <summary>The distinct addresses that receive <paramref name="site"/>'s registers.</summary>
    public async Task<IReadOnlyList<string>> RecipientsOfAsync(SiteEntity site, CancellationToken cancellationToken)
    {
        var lists = await OfMerchantAsync(site.PartitionKey, cancellationToken);
        return RecipientsOf(lists, site);
    }

    public static IReadOnlyList<string> RecipientsOf(IEnumerable<MailingListEntity> lists, SiteEntity site) =>
        lists.Where(l => l.Covers(site.ServiceId, site.SiteId))
            .SelectMany(l => l.AddressList)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task ApplyAsync(
        ProfileCaller caller,
        MailingListEntity list,
        MailingListRequest request,
        CancellationToken cancellationToken)
    {
        list.SiteId = string.IsNullOrWhiteSpace(request.SiteId) ? null : request.SiteId.Trim();
        await Merchants.RequireServiceAsync(caller.MerchantId, list.ServiceId, cancellationToken);
        if (list.SiteId is { } siteId)
        {
            var site = await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
            if (site.ServiceId != list.ServiceId)
            {
                throw SiteRows.NotFound();
            }
        }

        list.Addresses = string.Join(',', Normalize(request.Addresses));
    }

    private static List<string> Normalize(IReadOnlyList<string>? addresses)
    {
        if (addresses is null || addresses.Count == 0)
        {
            throw ApiException.BadRequest("api.mailing.list.empty", "A mailing list needs at least one address.");
        }

        var distinct = addresses.Select((a, i) => EmailAddress.Normalize(a, $"addresses[{i}]")).Distinct().ToList();
        if (distinct.Count > MaxAddresses)
        {
            throw ApiException.BadRequest(
                "api.mailing.list.too.long",
                $"A mailing list holds at most {MaxAddresses} addresses.");
        }

        return distinct;
    }

    private async Task<MailingListEntity> RequireAsync(
        ProfileCaller caller,
        string serviceId,
        string listId,
        CancellationToken cancellationToken)
    {
        var notFound = ApiException.NotFound("api.mailing.list.not.found", "No such mailing list.");
        if (!RouteIds.IsWellFormed(listId))
        {
            throw notFound;
        }

        var found = await Lists.GetEntityIfExistsAsync<MailingListEntity>(
            caller.MerchantId,
            MailingListEntity.Row(listId),
            cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } list && list.ServiceId == serviceId ? list : throw notFound;
    }
}

using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Registers;

/// <summary>
/// A site's registers in the profile: listed newest day first with whom they were mailed to, downloaded, and built
/// on demand for a range of days, to download or to mail now. Only the caller's own merchant's sites are found.
/// </summary>
public sealed class ProfileRegisters(
    StorageAccount storage,
    MailingLists lists,
    RegisterBuilder builder,
    RegisterJobs jobs,
    QueueSender queues,
    TimeProvider clock)
{
    public const int MaxDays = 31;

    private TableClient Registers => storage.Table(RegisterEntity.TableName);

    public async Task<RegisterPage> ListAsync(
        ProfileCaller caller,
        string siteId,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        await RequireSiteAsync(caller, siteId, cancellationToken);
        var (first, afterLast) = (RegisterEntity.RowPrefix, PrefixQueries.EndOf(RegisterEntity.RowPrefix));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {siteId} and RowKey ge {first} and RowKey lt {afterLast}");
        var registers = await Registers.ReadPageAsync<RegisterEntity>(filter, page, cancellationToken);
        var deliveries = await DeliveriesOfAsync(siteId, registers.Items, cancellationToken);
        var now = clock.GetUtcNow();
        var views = registers.Items.Select(r => RegisterViews.Of(r, deliveries[r.RegisterId].ToList(), now)).ToList();
        return new RegisterPage(views, registers.NextPageToken);
    }

    public async Task<RegisterView> BuildAsync(
        ProfileCaller caller,
        string siteId,
        BuildRegisterRequest request,
        CancellationToken cancellationToken)
    {
        var site = await RequireSiteAsync(caller, siteId, cancellationToken);
        EnsureRange(request);
        var register = RegisterEntity.For(
            site,
            RegisterIds.OnDemand(request.From),
            RegisterKind.OnDemand,
            request.From,
            request.To);
        if (request.Send)
        {
            register.Recipients = string.Join(',', await lists.RecipientsOfAsync(site, cancellationToken));
        }

        await builder.BuildAsync(register, cancellationToken);
        await Registers.AddEntityAsync(register, cancellationToken);
        if (register.RecipientList.Count > 0)
        {
            var job = new RegisterJob(caller.MerchantId, siteId, register.RegisterId);
            await queues.SendAsync(RegisterJob.QueueName, job, cancellationToken: cancellationToken);
        }

        return RegisterViews.Of(register, [], clock.GetUtcNow());
    }

    public async Task<IActionResult> DownloadAsync(
        ProfileCaller caller,
        string siteId,
        string registerId,
        CancellationToken cancellationToken)
    {
        await RequireSiteAsync(caller, siteId, cancellationToken);
        var register = RouteIds.IsWellFormed(registerId)
            ? await jobs.FindAsync(siteId, registerId, cancellationToken)
            : null;
        if (register is null)
        {
            throw ApiException.NotFound("api.register.not.found", "No such register.");
        }

        var content = await builder.FileOf(register).OpenReadAsync(cancellationToken: cancellationToken);
        return new FileStreamResult(content, register.ContentType) { FileDownloadName = register.FileName };
    }

    private static void EnsureRange(BuildRegisterRequest request)
    {
        if (request.To < request.From)
        {
            throw ApiException.BadRequest("api.register.range.backwards", "'to' must not be before 'from'.");
        }

        if (request.To.DayNumber - request.From.DayNumber + 1 > MaxDays)
        {
            throw ApiException.BadRequest(
                "api.register.range.too.long",
                $"A register covers at most {MaxDays} days.");
        }
    }

    private Task<SiteEntity> RequireSiteAsync(
        ProfileCaller caller,
        string siteId,
        CancellationToken cancellationToken) =>
        storage.Table(MerchantTable.Name).RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);

    // The page's deliveries in one range query: their keys sort by register id as the registers do.
    private async Task<ILookup<string, DeliveryEntity>> DeliveriesOfAsync(
        string siteId,
        IReadOnlyList<RegisterEntity> registers,
        CancellationToken cancellationToken)
    {
        if (registers.Count == 0)
        {
            return Array.Empty<DeliveryEntity>().ToLookup(d => d.RegisterId);
        }

        var first = DeliveryEntity.Prefix(registers[0].RegisterId);
        var afterLast = PrefixQueries.EndOf(DeliveryEntity.Prefix(registers[^1].RegisterId));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {siteId} and RowKey ge {first} and RowKey lt {afterLast}");
        var rows = new List<DeliveryEntity>();
        await foreach (var row in Registers.QueryAsync<DeliveryEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows.ToLookup(d => d.RegisterId);
    }
}

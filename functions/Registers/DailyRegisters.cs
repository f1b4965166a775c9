using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Hosting;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Registers;

/// <summary>
/// The morning fan-out: one <see cref="RegisterJob"/> per site that has recipients. It reads the mailing lists
/// merchant by merchant (the query returns them partition by partition) with each merchant's sites, so it holds one
/// merchant's lists at a time.
/// </summary>
public sealed partial class DailyRegisters(
    StorageAccount storage,
    QueueSender queues,
    MerchantCalendar calendar,
    ILogger<DailyRegisters> logger)
{
    /// <summary>The day the morning mailing covers: yesterday, in the merchant's time zone.</summary>
    public DateOnly Yesterday => calendar.Today.AddDays(-1);

    /// <returns>How many registers were queued.</returns>
    public async Task<int> EnqueueAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var queued = 0;
        var merchantLists = new List<MailingListEntity>();
        await foreach (var list in storage.Table(MailingListEntity.TableName)
            .QueryAsync<MailingListEntity>(cancellationToken: cancellationToken))
        {
            if (merchantLists.Count > 0 && merchantLists[0].PartitionKey != list.PartitionKey)
            {
                queued += await EnqueueMerchantAsync(merchantLists, day, cancellationToken);
                merchantLists.Clear();
            }

            merchantLists.Add(list);
        }

        if (merchantLists.Count > 0)
        {
            queued += await EnqueueMerchantAsync(merchantLists, day, cancellationToken);
        }

        LogQueued(queued, day);
        return queued;
    }

    private async Task<int> EnqueueMerchantAsync(
        List<MailingListEntity> lists,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        var merchantId = lists[0].PartitionKey;
        var sites = await storage.Table(MerchantTable.Name)
            .ReadRowsAsync<SiteEntity>(merchantId, MerchantTable.SitePrefix, cancellationToken);
        var mailed = sites.Where(site => MailingLists.RecipientsOf(lists, site).Count > 0).ToList();
        foreach (var site in mailed)
        {
            var job = RegisterJob.Daily(merchantId, site.SiteId, day);
            await queues.SendAsync(RegisterJob.QueueName, job, cancellationToken: cancellationToken);
        }

        return mailed.Count;
    }

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information, Message = "Queued {Count} daily registers of {Day}")]
    private partial void LogQueued(int count, DateOnly day);
}

using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Events;
using MerchantDesk.Payments;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Sites;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// A site whose notification URL is the benchmark's receiver, and payment events for it put through the app's own
/// fan-out: each becomes a row in the delivery log and a message on the delivery queue, as a real payment's does.
/// </summary>
public sealed class NotificationsSeed(TableClient merchants, SiteCredentials credentials, ILedgerEventHandler fanOut)
{
    public const string MerchantId = "mrc_notify_bench";
    public const string SiteId = "notify-bench-site";
    private const int ConcurrentEvents = 8;
    private static readonly DateTimeOffset Paid = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public async Task AddSiteAsync(Uri notificationUrl)
    {
        var site = new SiteEntity
        {
            PartitionKey = MerchantId,
            RowKey = MerchantTable.SiteRow(SiteId),
            SiteId = SiteId,
            ServiceId = "svc_notify_bench",
            Name = "Notified benchmark site",
            NotificationUrl = notificationUrl.AbsoluteUri,
        };
        credentials.ReplaceNotificationKey(site);
        await merchants.UpsertEntityAsync(site);
    }

    /// <summary>Fans out one completed payment's event for each number below <paramref name="events"/>.</summary>
    public Task AddEventsAsync(int events) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, events),
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentEvents },
            async (number, ct) => await fanOut.HandleAsync(LedgerEventEntity.Of(Payment(number)), ct));

    private static PaymentEntity Payment(int number) => new()
    {
        PartitionKey = SiteId,
        RowKey = $"pay|bench-{number}",
        PaymentId = $"bench-{number}",
        MerchantId = MerchantId,
        AmountValue = "10.00",
        Currency = "RUB",
        Status = PaymentStatus.Completed,
        StatusChangedAt = Paid.AddSeconds(number),
        CreatedAt = Paid.AddSeconds(number),
        CaptureAtOnce = true,
        CardFirst6 = "411111",
        CardLast4 = "1111",
        CardBrand = CardBrand.Visa,
        CapturedValue = "10.00",
    };
}

using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Events;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Notifications;

/// <summary>
/// Turns a ledger event into one delivery per target, each a row in the delivery log and a message on the
/// delivery queue. A redelivered event finds its rows by their derived ids and only re-sends the first message of
/// a delivery not yet attempted, which the delivery function drops if it turns out to be a duplicate.
/// </summary>
public sealed class NotificationFanOut(
    StorageAccount storage,
    IEnumerable<INotificationTargets> sources,
    NotificationBodies bodies,
    DeliveryStore deliveries,
    QueueSender queue) : ILedgerEventHandler
{
    public const string QueueName = "notification-deliveries";

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        var site = await Merchants.FindSiteAsync(change.MerchantId, change.SiteId, cancellationToken);
        if (site is null)
        {
            return;
        }

        NotificationContent? content = null;
        foreach (var source in sources)
        {
            foreach (var target in await source.TargetsAsync(site, change, cancellationToken))
            {
                content ??= bodies.Of(change);
                await StartAsync(NewDelivery(change, target, content), cancellationToken);
            }
        }
    }

    private async Task StartAsync(DeliveryEntity delivery, CancellationToken cancellationToken)
    {
        var stored = await deliveries.AddOnceAsync(delivery, cancellationToken);
        if (stored.Attempts == 0 && stored.State == DeliveryState.Pending)
        {
            var first = new DeliveryMessage(stored.PartitionKey, stored.DeliveryId, stored.Round, 1, 0);
            await queue.SendAsync(QueueName, first, cancellationToken: cancellationToken);
        }
    }

    private static DeliveryEntity NewDelivery(
        LedgerEventEntity change,
        NotificationTarget target,
        NotificationContent content) => new()
    {
        PartitionKey = change.SiteId,
        RowKey = DeliveryIds.Of(change, target),
        MerchantId = change.MerchantId,
        EventId = change.EventId,
        Subject = change.Subject,
        SubjectId = change.SubjectId,
        OccurredAt = change.OccurredAt,
        TargetKind = target.Kind,
        Url = target.Url,
        Format = content.Format,
        Body = content.Body,
        SignedFields = content.SignedFields,
        State = DeliveryState.Pending,
    };
}

using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Notifications;

/// <summary>A site's delivery log in the Account Profile: the list, one delivery in full, and redelivery.</summary>
public sealed class DeliveryLog(StorageAccount storage, DeliveryStore deliveries, QueueSender queue)
{
    /// <summary>At most this many failed deliveries are redelivered by one call, which says how many.</summary>
    public const int RedeliveryBatch = 500;

    // The message goes out before the new round is saved, as ledger events do, and waits long enough for the save;
    // if the save loses a race, the message names a round that never started and is dropped.
    private static readonly TimeSpan RedeliveryDelay = TimeSpan.FromSeconds(1);

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public static string PageKey(ProfileCaller caller, string siteId, DeliveryState? state) =>
        $"deliveries|{caller.MerchantId}|{siteId}|{state}";

    public async Task<DeliveryPage> ListAsync(
        ProfileCaller caller,
        string siteId,
        DeliveryState? state,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var found = await deliveries.ListAsync(siteId, state, page, cancellationToken);
        return new DeliveryPage(found.Items.Select(DeliverySummary.Of).ToList(), found.NextPageToken);
    }

    public async Task<DeliveryDetails> GetAsync(
        ProfileCaller caller,
        string siteId,
        string deliveryId,
        CancellationToken cancellationToken)
    {
        var delivery = await RequireAsync(caller, siteId, deliveryId, cancellationToken);
        var attempts = await deliveries.AttemptsAsync(siteId, deliveryId, cancellationToken);
        var views = attempts
            .Select(a => new DeliveryAttemptView(a.Attempt, a.At, a.Url, a.HttpStatus, a.DurationMs, a.Error))
            .ToList();
        return new DeliveryDetails(DeliverySummary.Of(delivery), delivery.Body, views);
    }

    /// <summary>Starts a new round of attempts of one delivery, whatever its state.</summary>
    public async Task<DeliverySummary> RedeliverAsync(
        ProfileCaller caller,
        string siteId,
        string deliveryId,
        CancellationToken cancellationToken)
    {
        var delivery = await RequireAsync(caller, siteId, deliveryId, cancellationToken);
        if (!await TryStartRoundAsync(delivery, cancellationToken))
        {
            throw ApiException.Conflict(
                "api.concurrent.update",
                "The delivery changed while it was being redelivered; try again.");
        }

        return DeliverySummary.Of(delivery);
    }

    /// <summary>Starts a new round of the site's failed deliveries of events since a moment.</summary>
    public async Task<RedeliveryView> RedeliverFailedAsync(
        ProfileCaller caller,
        string siteId,
        RedeliverFailedRequest request,
        CancellationToken cancellationToken)
    {
        var since = request.Since ?? throw ApiException.BadRequest(
            "api.notification.since.missing",
            "Say since when failed deliveries are redelivered: 'since', a moment with its offset.");
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);

        var failed = await deliveries.FailedSinceAsync(siteId, since, RedeliveryBatch, cancellationToken);
        var started = 0;
        foreach (var delivery in failed)
        {
            started += await TryStartRoundAsync(delivery, cancellationToken) ? 1 : 0;
        }

        return new RedeliveryView(started);
    }

    private async Task<bool> TryStartRoundAsync(DeliveryEntity delivery, CancellationToken cancellationToken)
    {
        var round = delivery.Round + 1;
        var first = new DeliveryMessage(delivery.PartitionKey, delivery.DeliveryId, round, delivery.Attempts + 1, 0);
        await queue.SendAsync(NotificationFanOut.QueueName, first, RedeliveryDelay, cancellationToken);

        (delivery.Round, delivery.State, delivery.RoundStartedAt) = (round, DeliveryState.Pending, null);
        return await deliveries.TryUpdateAsync(delivery, cancellationToken);
    }

    private async Task<DeliveryEntity> RequireAsync(
        ProfileCaller caller,
        string siteId,
        string deliveryId,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var delivery = DeliveryIds.IsWellFormed(deliveryId)
            ? await deliveries.FindAsync(siteId, deliveryId, cancellationToken)
            : null;
        return delivery ?? throw ApiException.NotFound("api.notification.not.found", "No such notification delivery.");
    }
}

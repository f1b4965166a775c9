using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Notifications;

/// <summary>
/// Makes one attempt of a delivery and records it. A failed attempt schedules the next by sending its message with
/// a visibility delay before the attempt is recorded: a crash in between repeats the attempt (the receiver
/// de-duplicates by <c>webhook-id</c>) but never loses the delivery, and the repeated attempt's own follow-up is
/// dropped as already made.
/// </summary>
public sealed partial class NotificationDelivery(
    StorageAccount storage,
    DeliveryStore deliveries,
    SiteCredentials credentials,
    WebhookPoster poster,
    RetrySchedule schedule,
    QueueSender queue,
    TimeProvider clock,
    ILogger<NotificationDelivery> logger)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task DeliverAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.FindAsync(message.SiteId, message.DeliveryId, cancellationToken);
        if (delivery is null || IsSettled(delivery, message))
        {
            LogAlreadyMade(message.DeliveryId, message.Attempt);
            return;
        }

        var site = await Merchants.FindSiteAsync(delivery.MerchantId, delivery.PartitionKey, cancellationToken);
        var url = delivery.TargetKind == TargetKind.SiteUrl ? site?.NotificationUrl : delivery.Url;
        var result = site is null || url is null
            ? new PostResult(null, "The site no longer has a notification URL.", TimeSpan.Zero)
            : await PostAsync(site, url, delivery, cancellationToken);

        var now = clock.GetUtcNow();
        delivery.Url = url ?? delivery.Url;
        delivery.RoundStartedAt ??= now;
        await SettleAsync(delivery, message, result, url is null, cancellationToken);
        await RecordAsync(delivery, Attempt(delivery, message.Attempt, now, result), cancellationToken);
    }

    private Task<PostResult> PostAsync(
        SiteEntity site,
        string url,
        DeliveryEntity delivery,
        CancellationToken cancellationToken) =>
        poster.PostAsync(new Uri(url), delivery, credentials.NotificationKeyOf(site), cancellationToken);

    /// <summary>A message from an earlier round, or for an attempt already recorded, asks for nothing more.</summary>
    private static bool IsSettled(DeliveryEntity delivery, DeliveryMessage message) =>
        delivery.State != DeliveryState.Pending
        || delivery.Round != message.Round
        || delivery.Attempts >= message.Attempt;

    private async Task SettleAsync(
        DeliveryEntity delivery,
        DeliveryMessage message,
        PostResult result,
        bool noTarget,
        CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            delivery.State = DeliveryState.Delivered;
            return;
        }

        var delay = noTarget
            ? null
            : schedule.DelayBefore(message.Retry + 1, delivery.RoundStartedAt!.Value, clock.GetUtcNow());
        if (delay is null)
        {
            delivery.State = DeliveryState.Failed;
            LogGaveUp(delivery.DeliveryId, delivery.PartitionKey, message.Attempt);
            return;
        }

        var next = message with { Attempt = message.Attempt + 1, Retry = message.Retry + 1 };
        await queue.SendAsync(NotificationFanOut.QueueName, next, delay, cancellationToken);
    }

    private async Task RecordAsync(
        DeliveryEntity delivery,
        DeliveryAttemptEntity attempt,
        CancellationToken cancellationToken)
    {
        (delivery.Attempts, delivery.LastAttemptAt) = (attempt.Attempt, attempt.At);
        (delivery.LastHttpStatus, delivery.LastError) = (attempt.HttpStatus, attempt.Error);
        if (!await deliveries.TryRecordAsync(delivery, attempt, cancellationToken))
        {
            LogChangedMeanwhile(delivery.DeliveryId, attempt.Attempt);
            return;
        }

        LogAttempt(delivery.DeliveryId, delivery.PartitionKey, attempt.Attempt, attempt.HttpStatus, delivery.State);
    }

    private static DeliveryAttemptEntity Attempt(
        DeliveryEntity delivery,
        int attempt,
        DateTimeOffset at,
        PostResult result) => new()
    {
        PartitionKey = delivery.PartitionKey,
        RowKey = DeliveryAttemptEntity.Row(delivery.DeliveryId, attempt),
        Attempt = attempt,
        At = at,
        Url = delivery.Url,
        HttpStatus = result.HttpStatus,
        DurationMs = Math.Round(result.Duration.TotalMilliseconds, 1),
        Error = result.Error,
    };

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information,
        Message = "Notification {DeliveryId} of site {SiteId}: attempt {Attempt} answered {HttpStatus}; now {State}")]
    private partial void LogAttempt(
        string deliveryId,
        string siteId,
        int attempt,
        int? httpStatus,
        DeliveryState state);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "Notification {DeliveryId} of site {SiteId} failed after {Attempts} attempts; given up")]
    private partial void LogGaveUp(string deliveryId, string siteId, int attempts);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Debug,
        Message = "Notification {DeliveryId}: attempt {Attempt} was already made or superseded; message dropped")]
    private partial void LogAlreadyMade(string deliveryId, int attempt);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information,
        Message = "Notification {DeliveryId} changed while attempt {Attempt} was made; the other change stands")]
    private partial void LogChangedMeanwhile(string deliveryId, int attempt);
}

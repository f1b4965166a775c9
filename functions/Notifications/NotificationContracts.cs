using MerchantDesk.Events;

namespace MerchantDesk.Notifications;

/// <param name="DeliveryId">Also the <c>webhook-id</c> header the receiver saw, the same at every attempt.</param>
/// <param name="EventId">The ledger event notified.</param>
public sealed record DeliverySummary(
    string DeliveryId,
    string EventId,
    LedgerSubject Subject,
    string SubjectId,
    DateTimeOffset OccurredAt,
    TargetKind Target,
    string Url,
    DeliveryState State,
    int Attempts,
    DateTimeOffset? LastAttemptAt,
    int? LastHttpStatus,
    string? LastError)
{
    public static DeliverySummary Of(DeliveryEntity delivery) => new(
        delivery.DeliveryId,
        delivery.EventId,
        delivery.Subject,
        delivery.SubjectId,
        delivery.OccurredAt,
        delivery.TargetKind,
        delivery.Url,
        delivery.State,
        delivery.Attempts,
        delivery.LastAttemptAt,
        delivery.LastHttpStatus,
        delivery.LastError);
}

public sealed record DeliveryPage(IReadOnlyList<DeliverySummary> Items, string? NextPageToken);

/// <param name="HttpStatus">None when the receiver never answered: refused, timed out, or not allowed.</param>
public sealed record DeliveryAttemptView(
    int Attempt,
    DateTimeOffset At,
    string Url,
    int? HttpStatus,
    double DurationMs,
    string? Error);

/// <param name="RequestBody">The JSON posted at every attempt, byte for byte.</param>
/// <param name="Attempts">Newest first.</param>
public sealed record DeliveryDetails(
    DeliverySummary Delivery,
    string RequestBody,
    IReadOnlyList<DeliveryAttemptView> Attempts);

/// <param name="Since">Redeliver the failed deliveries of events at or after this moment.</param>
public sealed record RedeliverFailedRequest(DateTimeOffset? Since);

public sealed record RedeliveryView(int Redelivered);

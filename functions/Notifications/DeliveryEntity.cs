using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Events;

namespace MerchantDesk.Notifications;

/// <summary>
/// One notification of one ledger event to one target, in its site's partition. The row key is the delivery id,
/// which sorts newest event first and is derived from the event and the target, so a redelivered event finds its
/// row instead of adding a second. Its attempts are <see cref="DeliveryAttemptEntity"/> rows beside it.
/// </summary>
public sealed class DeliveryEntity : ITableEntity
{
    public const string TableName = "NotificationDeliveries";
    public const string RowPrefix = "dlv_";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string EventId { get; set; } = "";

    public LedgerSubject Subject { get; set; }

    public string SubjectId { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public TargetKind TargetKind { get; set; }

    /// <summary>The URL of the last attempt (or of the fan-out, before any).</summary>
    public string Url { get; set; } = "";

    public NotificationFormat Format { get; set; }

    /// <summary>The JSON posted, byte for byte, at every attempt.</summary>
    public string Body { get; set; } = "";

    /// <summary>The fields the protocol signature covers; the signature itself is made at each attempt.</summary>
    public string SignedFields { get; set; } = "";

    public DeliveryState State { get; set; }

    /// <summary>Attempts made so far, over every round.</summary>
    public int Attempts { get; set; }

    /// <summary>Starts at 1; a redelivery starts the next round, whose schedule starts afresh.</summary>
    public int Round { get; set; } = 1;

    /// <summary>Unset until the round's first attempt, which the retry schedule counts from.</summary>
    public DateTimeOffset? RoundStartedAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public int? LastHttpStatus { get; set; }

    public string? LastError { get; set; }

    [IgnoreDataMember]
    public string DeliveryId => RowKey;
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Registers;

/// <summary>
/// One register's mail to one recipient, next to the register in its partition. It is written "sending" before
/// the SMTP call and "sent" after, with ETags, so no redelivery or second build mails the recipient again.
/// </summary>
public sealed class DeliveryEntity : ITableEntity
{
    public const string RowPrefix = "dlv|";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RegisterId { get; set; } = "";

    public string Recipient { get; set; } = "";

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the latest attempt began ("sending") or ended ("sent", "failed").</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Why the latest attempt failed: the SMTP client's message, never the mail's content.</summary>
    public string? Error { get; set; }

    public static string Prefix(string registerId) => RowPrefix + registerId + "|";

    // An address may hold characters a row key may not ('/', '#', '?'), so it is escaped.
    public static string Row(string registerId, string recipient) =>
        Prefix(registerId) + Uri.EscapeDataString(recipient);
}

public enum DeliveryState
{
    /// <summary>An attempt is under way, or the process died during it: nobody knows if the mail left.</summary>
    Sending,

    /// <summary>The SMTP server accepted the mail.</summary>
    Sent,

    /// <summary>The latest attempt failed; the queue tries again until its limit.</summary>
    Failed,
}

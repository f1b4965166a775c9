using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Notifications;

/// <summary>One POST of a delivery: when, to where, what came back and how long it took.</summary>
public sealed class DeliveryAttemptEntity : ITableEntity
{
    private const string RowPrefix = "att|";

    // Attempt numbers count up; their keys count down, so a delivery's attempts list newest first.
    private const int KeyCeiling = 99_999;

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Attempt { get; set; }

    public DateTimeOffset At { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The receiver's status code; none when it never answered (refused, timed out, not allowed).</summary>
    public int? HttpStatus { get; set; }

    public double DurationMs { get; set; }

    public string? Error { get; set; }

    /// <summary>The common start of every attempt row key of <paramref name="deliveryId"/>.</summary>
    public static string PrefixOf(string deliveryId) => RowPrefix + deliveryId + "|";

    public static string Row(string deliveryId, int attempt) =>
        PrefixOf(deliveryId) + (KeyCeiling - attempt).ToString("D5", CultureInfo.InvariantCulture);
}

using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Notifications;

/// <summary>
/// How notifications are posted and retried. The defaults are the production schedule (5 s, 1 min, three times
/// 5 min, then doubling, for 24 h); tests shorten it to seconds so a whole schedule runs within a test.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How long one POST may take, connecting included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the first retry.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the second retry.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SecondRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before the third, fourth and fifth retries; each later one doubles the one before.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SteadyRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after its first attempt a delivery is given up and marked failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);
}

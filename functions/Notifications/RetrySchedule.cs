using Microsoft.Extensions.Options;

namespace MerchantDesk.Notifications;

/// <summary>
/// When a failed delivery is tried again: after <see cref="NotificationOptions.FirstRetryDelay"/>, then
/// <see cref="NotificationOptions.SecondRetryDelay"/>, then three times
/// <see cref="NotificationOptions.SteadyRetryDelay"/>, then doubling, until <see cref="NotificationOptions.RetryFor"/>
/// after the first attempt. The last retry is brought forward to that deadline, so a receiver down for most of a
/// day still gets one last try at its end.
/// </summary>
public sealed class RetrySchedule(IOptions<NotificationOptions> options)
{
    private const int SteadyRetries = 3;

    private NotificationOptions Settings => options.Value;

    /// <summary>The wait before retry <paramref name="retry"/> (1 for the first), or null past the end.</summary>
    public TimeSpan? DelayBefore(int retry, DateTimeOffset firstAttemptAt, DateTimeOffset now)
    {
        var left = firstAttemptAt + Settings.RetryFor - now;
        if (left <= TimeSpan.Zero)
        {
            return null;
        }

        var delay = Nominal(retry);
        return delay < left ? delay : left;
    }

    private TimeSpan Nominal(int retry) => retry switch
    {
        <= 1 => Settings.FirstRetryDelay,
        2 => Settings.SecondRetryDelay,
        <= 2 + SteadyRetries => Settings.SteadyRetryDelay,
        _ => Settings.SteadyRetryDelay * Math.Pow(2, Math.Min(retry - 2 - SteadyRetries, 20)),
    };
}

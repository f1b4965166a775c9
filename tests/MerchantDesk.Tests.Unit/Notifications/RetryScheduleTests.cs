using MerchantDesk.Notifications;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Notifications;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset FirstAttempt = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DelayBefore_DefaultSchedule_Is5s1MinThrice5MinThenDoubling()
    {
        var schedule = new RetrySchedule(Options.Create(new NotificationOptions()));

        var delays = Enumerable.Range(1, 7).Select(retry => schedule.DelayBefore(retry, FirstAttempt, FirstAttempt));

        Assert.Equal(
            [5, 60, 300, 300, 300, 600, 1200],
            delays.Select(d => d!.Value.TotalSeconds));
    }

    [Fact]
    public void DelayBefore_DefaultSchedule_EndsWithOneLastTryAtTwentyFourHours()
    {
        var schedule = new RetrySchedule(Options.Create(new NotificationOptions()));
        var (now, retries) = (FirstAttempt, 0);

        while (schedule.DelayBefore(retries + 1, FirstAttempt, now) is { } delay)
        {
            (now, retries) = (now + delay, retries + 1);
        }

        Assert.Equal(FirstAttempt.AddHours(24), now);
        Assert.Equal(13, retries);
    }

    [Fact]
    public void MaxDequeueCount_IsHostJsons()
    {
        var hostJson = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json"));

        Assert.Contains(
            $"\"maxDequeueCount\": {DeliverNotificationFunction.MaxDequeueCount}",
            hostJson,
            StringComparison.Ordinal);
    }
}

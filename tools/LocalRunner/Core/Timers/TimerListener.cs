using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalRunner.Timers;

/// <summary>
/// Fires one timer function on its schedule, and once at start when <c>runOnStartup</c> is set.
/// Schedule status lives in memory only: <c>Last</c> is this process's previous run, and occurrences
/// missed while the runner was down are not replayed.
/// </summary>
internal sealed class TimerListener(
    TimerFunction function,
    TimeProvider time,
    IServiceScopeFactory scopes,
    ILogger<TimerListener> logger) : BackgroundService
{
    private DateTimeOffset? _last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var due = time.GetUtcNow();
        if (function.RunOnStartup)
        {
            await FireAsync(due, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Never before the last occurrence, so a timer that wakes a little early cannot fire it twice.
            due = function.Schedule.NextAfter(Later(time.GetUtcNow(), due));
            await Task.Delay(Later(due - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
            await FireAsync(due, stoppingToken);
        }
    }

    private async Task FireAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var next = function.Schedule.NextAfter(now);
        var info = new TimerInfo
        {
            // Past due when the occurrence after this one has already gone by.
            IsPastDue = function.Schedule.NextAfter(due) <= now,
            ScheduleStatus = new ScheduleStatus
            {
                Last = _last?.UtcDateTime ?? default,
                Next = next.UtcDateTime,
                LastUpdated = now.UtcDateTime,
            },
        };
        logger.TimerFired(function.Name, due, next);
        await InvokeAsync(new TimerTick(info, stoppingToken));
        _last = due;
    }

    private async Task InvokeAsync(TimerTick tick)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await function.Invoker.InvokeAsync(scope.ServiceProvider, tick);
        }
        catch (Exception ex) when (!tick.Cancellation.IsCancellationRequested)
        {
            // A failed run is logged and the schedule goes on, as in the Functions host.
            logger.InvocationFailed(function.Name, ex);
        }
    }

    private static T Later<T>(T first, T second)
        where T : IComparable<T>
    {
        return first.CompareTo(second) >= 0 ? first : second;
    }
}

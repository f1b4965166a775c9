using LocalRunner.Tests.Fixtures;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalRunner.Tests;

public sealed class TimerTriggerTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_ScheduleFromSetting_ReportsNextOccurrenceOfResolvedCron()
    {
        using var folder = new TestAppFolder()
            .WithSetting("NightlySchedule", "0 30 2 * * *")
            .WithFunction(FunctionJson.Timer("Nightly", "ClockFunctions.Tick", "%NightlySchedule%"));
        await using var app = await TestApp.StartAsync(folder, UseClock(new FakeTimeProvider(Midnight)));

        var mapped = Assert.Single(app.Logs.Messages(RunnerEvents.FunctionMapped));

        Assert.Equal("Nightly: timer '0 30 2 * * *', next at 2026-03-01 02:30:00Z", mapped);
        Assert.Equal(0, app.Calls.Count);
    }

    [Fact]
    public async Task Start_RunOnStartup_FiresBeforeFirstOccurrence()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Timer("Nightly", "ClockFunctions.Tick", "0 30 2 * * *", runOnStartup: true));
        await using var app = await TestApp.StartAsync(folder, UseClock(new FakeTimeProvider(Midnight)));

        var timer = Assert.IsType<TimerInfo>(await app.Calls.NextAsync());

        Assert.False(timer.IsPastDue);
        Assert.Equal(new DateTime(2026, 3, 1, 2, 30, 0, DateTimeKind.Utc), timer.ScheduleStatus?.Next);
    }

    [Fact]
    public async Task Timer_EverySecond_FiresTheFunctionOnTheSystemClock()
    {
        using var folder = new TestAppFolder()
            .WithSetting("TickSchedule", "* * * * * *")
            .WithFunction(FunctionJson.Timer("Tick", "ClockFunctions.Tick", "%TickSchedule%"));
        await using var app = await TestApp.StartAsync(folder);

        var first = Assert.IsType<TimerInfo>(await app.Calls.NextAsync());
        var second = Assert.IsType<TimerInfo>(await app.Calls.NextAsync());

        Assert.Equal(DateTime.MinValue, first.ScheduleStatus?.Last);
        Assert.True(second.ScheduleStatus?.Last > first.ScheduleStatus?.Last, "the second run knows the first");
        Assert.Contains(
            app.Logs.Messages(RunnerEvents.TimerFired),
            line => line.StartsWith("Tick: timer fired", StringComparison.Ordinal));
    }

    private static Action<IServiceCollection> UseClock(TimeProvider clock)
    {
        return services => services.AddSingleton(clock);
    }
}

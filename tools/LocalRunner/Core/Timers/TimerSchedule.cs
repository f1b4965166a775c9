using NCrontab;

namespace LocalRunner.Timers;

/// <summary>
/// A six-field NCRONTAB schedule (seconds first), evaluated in UTC as the Functions host does in Azure
/// unless WEBSITE_TIME_ZONE says otherwise.
/// </summary>
internal sealed class TimerSchedule
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string expression, string function)
    {
        var schedule = CrontabSchedule.TryParse(expression, SixFields)
            ?? throw new RunnerSetupException(
                $"function '{function}': schedule '{expression}' is not a six-field NCRONTAB expression");

        return new TimerSchedule(expression, schedule);
    }

    /// <summary>The first occurrence strictly after <paramref name="time"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset time)
    {
        return new DateTimeOffset(_schedule.GetNextOccurrence(time.UtcDateTime), TimeSpan.Zero);
    }
}

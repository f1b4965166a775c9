using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace LocalRunner.Timers;

/// <summary>Where a timer function's parameters come from.</summary>
internal static class TimerArguments
{
    public const string Supported = "TimerInfo and CancellationToken";

    public static Func<TimerTick, object?>? For(ParameterInfo parameter)
    {
        return parameter.ParameterType switch
        {
            var type when type == typeof(TimerInfo) => tick => tick.Info,
            var type when type == typeof(CancellationToken) => tick => tick.Cancellation,
            _ => null,
        };
    }
}

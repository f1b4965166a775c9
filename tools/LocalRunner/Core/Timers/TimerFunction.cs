using LocalRunner.Functions;
using LocalRunner.Settings;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Timers;

/// <summary>A timer-triggered function: its resolved schedule and how it is called.</summary>
internal sealed record TimerFunction(
    string Name,
    TimerSchedule Schedule,
    bool RunOnStartup,
    FunctionInvoker<TimerTick> Invoker)
{
    public static TimerFunction Create(FunctionTarget target, IConfiguration configuration)
    {
        var (function, trigger, method) = target;
        var expression = SettingExpression.Resolve(
            trigger.Schedule ?? throw new RunnerSetupException($"function '{function.Name}' has no schedule"),
            configuration,
            function.Name);
        var invoker = FunctionSignature.Bind<TimerTick>(
            function.Name,
            method,
            TimerArguments.For,
            TimerArguments.Supported);
        FunctionSignature.RequireReturn(function.Name, method, value: null);

        var schedule = TimerSchedule.Parse(expression, function.Name);
        return new TimerFunction(function.Name, schedule, trigger.RunOnStartup, invoker);
    }
}

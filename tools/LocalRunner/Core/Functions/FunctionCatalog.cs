using System.Text.Json;
using LocalRunner.App;
using LocalRunner.Http;
using LocalRunner.Queues;
using LocalRunner.Timers;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Functions;

/// <summary>Every function of the app, checked and ready to serve, grouped by trigger.</summary>
internal sealed record FunctionCatalog(
    IReadOnlyList<HttpFunction> Http,
    IReadOnlyList<QueueFunction> Queues,
    IReadOnlyList<TimerFunction> Timers)
{
    public static FunctionCatalog Load(AppFolder app, IConfiguration configuration, JsonSerializerOptions json)
    {
        var targets = app.Functions.Select(Target).ToList();
        var routePrefix = app.Host.Extensions.Http.RoutePrefix;

        return new FunctionCatalog(
            Of(targets, "httpTrigger", target => HttpFunction.Create(target, routePrefix, configuration)),
            Of(targets, "queueTrigger", target => QueueFunction.Create(target, configuration, json)),
            Of(targets, "timerTrigger", target => TimerFunction.Create(target, configuration)));
    }

    private static FunctionTarget Target(FunctionMetadata function)
    {
        var triggers = function.Bindings.Where(binding => binding.IsTrigger).ToList();
        var others = function.Bindings.Where(binding => !binding.IsTrigger && !binding.IsHttpReturn).ToList();
        if (triggers is not [var trigger] || others.Count > 0 || !IsServed(trigger))
        {
            var types = string.Join(", ", function.Bindings.Select(binding => binding.Type));
            throw new RunnerSetupException(
                $"function '{function.Name}' has bindings {types}; the local runner serves one httpTrigger, "
                + "queueTrigger or timerTrigger and no other bindings");
        }

        return new FunctionTarget(function, trigger, EntryPoint.Resolve(function));
    }

    private static bool IsServed(BindingMetadata trigger)
    {
        return trigger.Type is "httpTrigger" or "queueTrigger" or "timerTrigger";
    }

    private static List<T> Of<T>(IEnumerable<FunctionTarget> targets, string type, Func<FunctionTarget, T> create)
    {
        return targets.Where(target => target.Trigger.Type == type).Select(create).ToList();
    }
}

using LocalRunner.Functions;
using Microsoft.Extensions.Logging;

namespace LocalRunner;

/// <summary>Tells the developer, once the server listens, what is served where.</summary>
internal sealed class StartupReport(TimeProvider time, ILogger<StartupReport> logger)
{
    public void Write(ICollection<string> urls, FunctionCatalog functions)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        foreach (var url in urls)
        {
            logger.Listening(url);
        }

        var baseUrl = urls.FirstOrDefault()?.TrimEnd('/') ?? string.Empty;
        foreach (var function in functions.Http)
        {
            var methods = function.Methods.Count == 0 ? "*" : string.Join(',', function.Methods);
            logger.FunctionMapped(function.Name, "http", $"{methods} {baseUrl}{function.Route}");
        }

        foreach (var function in functions.Queues)
        {
            logger.FunctionMapped(function.Name, "queue", function.QueueName);
        }

        foreach (var function in functions.Timers)
        {
            var next = function.Schedule.NextAfter(time.GetUtcNow());
            logger.FunctionMapped(function.Name, "timer", $"'{function.Schedule.Expression}', next at {next:u}");
        }
    }
}

using Microsoft.Extensions.Logging;

namespace LocalRunner;

/// <summary>What the runner tells a developer; event ids are stable so tests and filters can rely on them.</summary>
internal static partial class RunnerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Serving functions on {Url}")]
    public static partial void Listening(this ILogger logger, string url);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Function}: {Trigger} {Target}")]
    public static partial void FunctionMapped(this ILogger logger, string function, string trigger, string target);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Function} failed")]
    public static partial void InvocationFailed(this ILogger logger, string function, Exception exception);

    [LoggerMessage(
        EventId = 4,
        Level = LogLevel.Warning,
        Message = "{Function}: message {MessageId} failed {DequeueCount} times and moved to {PoisonQueue}")]
    public static partial void MessageMovedToPoison(
        this ILogger logger,
        string function,
        string messageId,
        long dequeueCount,
        string poisonQueue);

    [LoggerMessage(
        EventId = 5,
        Level = LogLevel.Information,
        Message = "{Function}: timer fired for {Scheduled:u}, next at {Next:u}")]
    public static partial void TimerFired(
        this ILogger logger,
        string function,
        DateTimeOffset scheduled,
        DateTimeOffset next);

    [LoggerMessage(
        EventId = 6,
        Level = LogLevel.Warning,
        Message = "{Function}: message {MessageId} could not be settled; it comes back when its lease ends")]
    public static partial void MessageNotSettled(
        this ILogger logger,
        string function,
        string messageId,
        Exception exception);
}

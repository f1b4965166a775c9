using Microsoft.Extensions.Logging;

namespace MerchantDesk.Tests.Support;

/// <summary>Keeps what was logged so a test can check event ids and that no secret was written.</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<LoggedEntry> _entries = [];

    public IReadOnlyList<LoggedEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add(new LoggedEntry(logLevel, eventId.Id, formatter(state, exception), exception));
        }
    }
}

public sealed record LoggedEntry(LogLevel Level, int EventId, string Message, Exception? Exception);

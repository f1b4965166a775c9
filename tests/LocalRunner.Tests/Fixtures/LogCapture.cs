using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LocalRunner.Tests.Fixtures;

/// <summary>Keeps every log line the runner writes, so tests can assert what a developer would read.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    /// <summary>The runner's own lines with one event id; other categories reuse small ids too.</summary>
    public IEnumerable<string> Messages(int eventId)
    {
        return _lines
            .Where(line => line.Category.StartsWith("LocalRunner.", StringComparison.Ordinal))
            .Where(line => line.EventId == eventId)
            .Select(line => line.Message);
    }

    public ILogger CreateLogger(string categoryName)
    {
        return new Logger(categoryName, _lines);
    }

    public void Dispose()
    {
    }

    internal sealed record LogLine(string Category, int EventId, string Message);

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            return null;
        }

        public bool IsEnabled(LogLevel logLevel)
        {
            return true;
        }

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue(new LogLine(category, eventId.Id, formatter(state, exception)));
        }
    }
}

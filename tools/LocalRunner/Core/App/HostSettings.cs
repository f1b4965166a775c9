namespace LocalRunner.App;

/// <summary>The parts of <c>host.json</c> the runner honours; defaults are the Functions host's.</summary>
internal sealed class HostSettings
{
    public LoggingSection Logging { get; init; } = new();

    public ExtensionsSection Extensions { get; init; } = new();

    internal sealed class LoggingSection
    {
        public Dictionary<string, string> LogLevel { get; init; } = [];
    }

    internal sealed class ExtensionsSection
    {
        public HttpSection Http { get; init; } = new();

        public QueueSettings Queues { get; init; } = new();
    }

    internal sealed class HttpSection
    {
        public string RoutePrefix { get; init; } = "api";
    }
}

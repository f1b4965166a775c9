using LocalRunner.App;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Settings;

/// <summary>
/// The settings the app sees, lowest first: the runner's log levels, host.json's, local.settings.json
/// <c>Values</c>, then the environment. Core Tools turns Values into environment variables, so <c>A__B</c> means
/// <c>A:B</c> in both.
/// </summary>
internal static class RunnerConfiguration
{
    // ASP.NET Core's lines for every request would drown the app's own; host.json can still ask for them.
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    public static void Replace(IConfigurationBuilder configuration, HostSettings host, LocalSettingsFile settings)
    {
        configuration.Sources.Clear();
        configuration.AddInMemoryCollection(Quiet);
        configuration.AddInMemoryCollection(LogLevels(host));
        configuration.AddInMemoryCollection(settings.Values.Select(
            value => KeyValuePair.Create(value.Key.Replace("__", ":", StringComparison.Ordinal), value.Value)));
        configuration.AddEnvironmentVariables();
    }

    // host.json names categories as the logging configuration does, "default" included.
    private static IEnumerable<KeyValuePair<string, string?>> LogLevels(HostSettings host)
    {
        return host.Logging.LogLevel.Select(
            level => KeyValuePair.Create<string, string?>("Logging:LogLevel:" + level.Key, level.Value));
    }
}

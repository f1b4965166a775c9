using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalRunner;

/// <summary>What the runner hosts and how.</summary>
public sealed record RunnerOptions
{
    /// <summary>The folder holding the app's <c>functions.metadata</c>, <c>host.json</c> and assemblies.</summary>
    public required string AppDirectory { get; init; }

    /// <summary>A <c>local.settings.json</c> whose <c>Values</c> become settings; none when null.</summary>
    public string? SettingsFile { get; init; }

    /// <summary>
    /// The HTTP port on 127.0.0.1; when null, <c>Host.LocalHttpPort</c> from the settings file, else 7071.
    /// Zero lets the system pick a free port.
    /// </summary>
    public int? Port { get; init; }

    /// <summary>How queue messages bound to a class are deserialized; the app's own options.</summary>
    public JsonSerializerOptions JsonOptions { get; init; } = JsonSerializerOptions.Web;

    /// <summary>The app's composition root, called with the runner's services and settings.</summary>
    public Action<IServiceCollection, IConfiguration> ConfigureServices { get; init; } = (_, _) => { };

    /// <summary>Reads <c>--app</c>, <c>--port</c> and <c>--settings</c>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="defaultAppDirectory">The app folder when <c>--app</c> is not given.</param>
    public static RunnerOptions FromArguments(IReadOnlyList<string> args, string defaultAppDirectory)
    {
        var values = CommandLine.Parse(args);

        return new RunnerOptions
        {
            AppDirectory = Path.GetFullPath(values.GetValueOrDefault("app") ?? defaultAppDirectory),
            SettingsFile = values.GetValueOrDefault("settings") ?? DefaultSettingsFile(),
            Port = values.TryGetValue("port", out var port) ? CommandLine.ParsePort(port) : null,
        };
    }

    private static string? DefaultSettingsFile()
    {
        var file = Path.Combine(Directory.GetCurrentDirectory(), "local.settings.json");
        return File.Exists(file) ? file : null;
    }
}

using System.Text.Json;

namespace LocalRunner.Tests.Fixtures;

/// <summary>A throwaway app folder: functions.metadata, host.json and local.settings.json.</summary>
internal sealed class TestAppFolder : IDisposable
{
    // Quick polling and retries so queue tests finish in a second or two.
    public const string FastQueues = """
        {"version":"2.0","extensions":{"queues":{"batchSize":4,"newBatchThreshold":2,
         "maxPollingInterval":"00:00:00.500","visibilityTimeout":"00:00:00","maxDequeueCount":2}}}
        """;

    private readonly List<string> _functions = [];
    private readonly Dictionary<string, string> _settings = [];
    private string _hostJson = """{"version":"2.0"}""";

    public string Location { get; } = Directory.CreateTempSubdirectory("localrunner-").FullName;

    public string SettingsFile => Path.Combine(Location, "local.settings.json");

    public TestAppFolder WithFunction(string metadata)
    {
        _functions.Add(metadata);
        return this;
    }

    public TestAppFolder WithHostJson(string hostJson)
    {
        _hostJson = hostJson;
        return this;
    }

    public TestAppFolder WithSetting(string name, string value)
    {
        _settings[name] = value;
        return this;
    }

    public TestAppFolder Write()
    {
        File.WriteAllText(Path.Combine(Location, "functions.metadata"), $"[{string.Join(',', _functions)}]");
        File.WriteAllText(Path.Combine(Location, "host.json"), _hostJson);
        File.WriteAllText(SettingsFile, JsonSerializer.Serialize(new { IsEncrypted = false, Values = _settings }));
        return this;
    }

    public void Dispose()
    {
        Directory.Delete(Location, recursive: true);
    }
}

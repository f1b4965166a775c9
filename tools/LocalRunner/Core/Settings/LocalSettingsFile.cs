using System.Text.Json;

namespace LocalRunner.Settings;

/// <summary>
/// <c>local.settings.json</c> as Core Tools reads it: <c>Values</c> become settings and
/// <c>Host.LocalHttpPort</c> picks the port.
/// </summary>
internal sealed class LocalSettingsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public Dictionary<string, string?> Values { get; init; } = [];

    public HostSection Host { get; init; } = new();

    public static LocalSettingsFile Read(string? file)
    {
        if (file is null)
        {
            return new LocalSettingsFile();
        }

        if (!File.Exists(file))
        {
            throw new RunnerSetupException($"settings file {Path.GetFullPath(file)} not found");
        }

        try
        {
            return JsonSerializer.Deserialize<LocalSettingsFile>(File.ReadAllText(file), Json) ?? new();
        }
        catch (JsonException ex)
        {
            throw new RunnerSetupException($"{file} cannot be read (Values must all be strings): {ex.Message}", ex);
        }
    }

    internal sealed class HostSection
    {
        public int? LocalHttpPort { get; init; }
    }
}

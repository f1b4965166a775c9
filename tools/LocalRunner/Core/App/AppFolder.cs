using System.Text.Json;

namespace LocalRunner.App;

/// <summary>The app's build output: the trigger table and host.json, the same files the real host reads.</summary>
internal sealed record AppFolder(string Location, IReadOnlyList<FunctionMetadata> Functions, HostSettings Host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static AppFolder Open(string path)
    {
        var metadata = Path.Combine(path, "functions.metadata");
        if (!File.Exists(metadata))
        {
            throw new RunnerSetupException(
                $"{metadata} not found. Build the functions project and point --app at its output folder "
                + "(for example functions/bin/Debug/net10.0).");
        }

        var host = Path.Combine(path, "host.json");
        var settings = File.Exists(host) ? Read<HostSettings>(host) : new HostSettings();
        settings.Extensions.Queues.Validate();

        return new AppFolder(path, Read<List<FunctionMetadata>>(metadata), settings);
    }

    private static T Read<T>(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(file), Json)
                ?? throw new RunnerSetupException($"{file} is empty");
        }
        catch (JsonException ex)
        {
            throw new RunnerSetupException($"{file} cannot be read: {ex.Message}", ex);
        }
    }
}

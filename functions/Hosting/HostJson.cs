using System.Text.Json;
using System.Text.Json.Nodes;

namespace MerchantDesk.Hosting;

/// <summary>The parts of host.json the app itself needs to know, read from the app's folder.</summary>
public static class HostJson
{
    /// <summary>The Functions host's default when host.json names no prefix.</summary>
    private const string DefaultRoutePrefix = "api";

    public static string RoutePrefix(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        var root = JsonNode.Parse(
            File.ReadAllText(path),
            documentOptions: new() { CommentHandling = JsonCommentHandling.Skip });
        var prefix = root?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>();
        return (prefix ?? DefaultRoutePrefix).Trim('/');
    }
}

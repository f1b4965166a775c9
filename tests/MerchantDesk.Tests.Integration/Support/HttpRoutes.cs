using System.Text.Json.Nodes;

namespace MerchantDesk.Tests.Support;

/// <summary>The HTTP routes the Functions host serves, read from the app's functions.metadata.</summary>
public static class HttpRoutes
{
    public static IEnumerable<(string Method, string Route)> Served()
    {
        var metadata = JsonNode.Parse(
            File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsOutput, "functions.metadata")))!;
        return metadata.AsArray()
            .SelectMany(function => function!["bindings"]!.AsArray())
            .Where(binding => binding!["type"]!.GetValue<string>() == "httpTrigger")
            .SelectMany(binding => binding!["methods"]!.AsArray().Select(method =>
                (method!.GetValue<string>().ToUpperInvariant(), binding["route"]!.GetValue<string>())));
    }
}

using System.Text.Json.Nodes;
using MerchantDesk.Hosting;
using MerchantDesk.OpenApi;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.OpenApi;

public sealed class OpenApiDocumentTests
{
    private readonly JsonObject _document = JsonNode.Parse(new OpenApiDocument(Options.Create(
        new MerchantDeskOptions { PublicBaseUrl = new Uri("https://pay.example.com/") })).Json)!.AsObject();

    public static TheoryData<string, string> HttpFunctionsInMetadata()
    {
        var metadataPath = Path.Combine(RepositoryPaths.FunctionsOutput, "functions.metadata");
        var metadata = JsonNode.Parse(File.ReadAllText(metadataPath))!;
        var routePrefix = HostJson.RoutePrefix(RepositoryPaths.FunctionsOutput);
        var data = new TheoryData<string, string>();
        foreach (var binding in metadata.AsArray().SelectMany(f => f!["bindings"]!.AsArray()))
        {
            if (binding!["type"]!.GetValue<string>() != "httpTrigger")
            {
                continue;
            }

            var route = RouteAsOpenApiPath(binding);
            var path = "/" + string.Join('/', new[] { routePrefix, route }.Where(p => p.Length > 0));
            foreach (var method in binding["methods"]!.AsArray())
            {
                data.Add(method!.GetValue<string>().ToLowerInvariant(), path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HttpFunctionsInMetadata))]
    public void Document_EveryHttpFunctionTheHostServes_IsDescribed(string method, string path)
    {
        var operation = _document["paths"]?[path]?[method];

        Assert.True(operation is not null, $"{method.ToUpperInvariant()} {path} is served but not in /openapi.json");
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{path} has no summary");
    }

    [Fact]
    public void Document_Always_IsOpenApi31WithTheServerAndErrorBody()
    {
        Assert.Equal("3.1.0", _document["openapi"]!.GetValue<string>());
        Assert.Equal("https://pay.example.com", _document["servers"]![0]!["url"]!.GetValue<string>());
        var errorSchema = _document["components"]!["schemas"]!["ApiError"]!;
        foreach (var field in new[] { "serviceName", "errorCode", "description", "userMessage", "dateTime", "traceId" })
        {
            Assert.True(errorSchema["properties"]?[field] is not null, $"the error body lacks '{field}'");
        }
    }

    [Fact]
    public void Document_HealthOperation_DescribesBothOutcomes()
    {
        var responses = _document["paths"]!["/health"]!["get"]!["responses"]!;

        Assert.Equal("#/components/schemas/HealthReport", SchemaOf(responses["200"]!));
        Assert.Equal("#/components/schemas/HealthReport", SchemaOf(responses["503"]!));
    }

    private static string SchemaOf(JsonNode response) =>
        response["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();

    private static string RouteAsOpenApiPath(JsonNode binding) =>
        System.Text.RegularExpressions.Regex.Replace(
            binding["route"]!.GetValue<string>(), @"\{\*?([A-Za-z0-9_]+)[^}]*\}", "{$1}");
}

using System.Text.Json;
using System.Text.Json.Nodes;
using MerchantDesk.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.OpenApi;

/// <summary>The app's OpenAPI document, built once per process.</summary>
public sealed class OpenApiDocument(IOptions<MerchantDeskOptions> options)
{
    private readonly Lazy<string> _json = new(() => Build(options.Value.PublicBaseUrl!).ToJsonString(
        new JsonSerializerOptions { WriteIndented = true }));

    public string Json => _json.Value;

    private static JsonObject Build(Uri server)
    {
        var functions = HttpFunction.FindAll(typeof(OpenApiDocument).Assembly);
        var routePrefix = HostJson.RoutePrefix(AppContext.BaseDirectory);
        return new OpenApiDocumentBuilder(functions, routePrefix, server).Build();
    }
}

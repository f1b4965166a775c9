using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantDesk.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the functions themselves, so it cannot drift from what is served: paths
/// and methods from the HTTP triggers, words from <see cref="ApiOperationAttribute"/>, and body schemas from the
/// same types and JSON options the APIs serialize with.
/// </summary>
public sealed class OpenApiDocumentBuilder(IReadOnlyList<HttpFunction> functions, string routePrefix, Uri server)
{
    private const string Json = "application/json";
    private readonly JsonObject _schemas = [];

    public JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var group in functions.Where(f => f.Operation is not null).GroupBy(f => f.OpenApiPath(routePrefix)))
        {
            paths[group.Key] = PathItem(group);
        }

        AddSchema(typeof(ApiError));
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "MerchantDesk", ["version"] = "1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = server.ToString().TrimEnd('/') }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = _schemas, ["securitySchemes"] = SecuritySchemes() },
        };
    }

    private JsonObject PathItem(IEnumerable<HttpFunction> functionsOnPath)
    {
        var item = new JsonObject();
        foreach (var function in functionsOnPath)
        {
            foreach (var method in function.Methods)
            {
                item[method.ToLowerInvariant()] = Operation(function, function.Operation!);
            }
        }

        return item;
    }

    private JsonObject Operation(HttpFunction function, ApiOperationAttribute operation)
    {
        var result = new JsonObject
        {
            ["operationId"] = function.Name,
            ["summary"] = operation.Summary,
            ["tags"] = new JsonArray(operation.Tag),
            ["parameters"] = Parameters(function, operation),
            ["responses"] = Responses(function, operation),
        };
        if (operation.Auth != ApiAuth.None)
        {
            result["security"] = new JsonArray(new JsonObject { [operation.Auth.ToString()] = new JsonArray() });
        }

        if (operation.Request is { } request)
        {
            result["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(request) };
        }

        return result;
    }

    private JsonObject Responses(HttpFunction function, ApiOperationAttribute operation)
    {
        var responses = new JsonObject { [Code(operation.Status)] = Response(operation.Status, operation.Response) };
        foreach (var extra in function.ExtraResponses)
        {
            responses[Code(extra.Status)] = Response(extra.Status, extra.Body, extra.Description);
        }

        int[] alwaysPossible = [StatusCodes.Status400BadRequest, StatusCodes.Status500InternalServerError];
        var errors = operation.Errors.Concat(alwaysPossible);
        foreach (var status in errors.Distinct().Order())
        {
            responses[Code(status)] = Response(status, typeof(ApiError));
        }

        return responses;
    }

    private JsonObject Response(int status, Type? body, string? description = null)
    {
        var response = new JsonObject { ["description"] = description ?? ReasonPhrases.GetReasonPhrase(status) };
        if (body is not null)
        {
            response["content"] = Content(body);
        }

        return response;
    }

    private JsonObject Content(Type body) =>
        new() { [Json] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = AddSchema(body) } } };

    private string AddSchema(Type type)
    {
        if (!_schemas.ContainsKey(type.Name))
        {
            _schemas[type.Name] = MerchantDeskJson.Options.GetJsonSchemaAsNode(type);
        }

        return "#/components/schemas/" + type.Name;
    }

    private static JsonObject SecuritySchemes()
    {
        var schemes = new JsonObject();
        foreach (var auth in Enum.GetValues<ApiAuth>().Where(a => a != ApiAuth.None))
        {
            schemes[auth.ToString()] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" };
        }

        return schemes;
    }

    private static JsonArray Parameters(HttpFunction function, ApiOperationAttribute operation)
    {
        var path = function.PathParameters().Select(name => Parameter(name, "path", required: true));
        var query = operation.Query.Select(name => Parameter(name, "query", required: false));
        return new JsonArray(path.Concat(query).ToArray<JsonNode?>());
    }

    private static JsonObject Parameter(string name, string location, bool required) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    private static string Code(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

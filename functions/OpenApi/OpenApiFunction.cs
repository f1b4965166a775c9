using System.Text.Json.Nodes;
using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.OpenApi;

public sealed class OpenApiFunction(OpenApiDocument document, ApiRequestHandler api)
{
    [Function("GetOpenApiDocument")]
    [ApiOperation(ApiTags.Platform, "The OpenAPI 3.1 description of every route", Response = typeof(JsonObject))]
    public Task<IActionResult> GetOpenApiDocumentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        return api.HandleAsync(request, ApiSurface.Platform, _ =>
            Task.FromResult<IActionResult>(new ContentResult
            {
                Content = document.Json,
                ContentType = "application/json; charset=utf-8",
                StatusCode = StatusCodes.Status200OK,
            }));
    }
}

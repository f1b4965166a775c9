using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Health;

public sealed class HealthFunction(StorageHealthCheck storageHealth, ApiRequestHandler api)
{
    [Function("GetHealth")]
    [ApiOperation(ApiTags.Platform, "Report whether the app can reach its storage", Response = typeof(HealthReport))]
    [ApiResponse(StatusCodes.Status503ServiceUnavailable, typeof(HealthReport), "Some storage service is unreachable")]
    public Task<IActionResult> GetHealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        return api.HandleAsync(request, ApiSurface.Platform, async cancellationToken =>
        {
            var report = await storageHealth.CheckAsync(cancellationToken);
            var status = report.Status == HealthStatus.Healthy
                ? StatusCodes.Status200OK
                : StatusCodes.Status503ServiceUnavailable;
            return ApiResults.Json(report, status);
        });
    }
}

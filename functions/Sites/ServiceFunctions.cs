using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Sites;

/// <summary>The Services tab.</summary>
public sealed class ServiceFunctions(ProfileApi api, ServiceCatalog catalog)
{
    [Function("ListServices")]
    [ApiOperation("Account Profile: services", "The merchant's connected services with their sites and IDs",
        Response = typeof(ServiceList), Auth = ApiAuth.Session, Errors = [401, 403])]
    public Task<IActionResult> ListServicesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewServices, async (caller, ct) =>
            ApiResults.Json(await catalog.ListAsync(caller.MerchantId, ct)));
    }
}

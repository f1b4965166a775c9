using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using MerchantDesk.Sites;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Operators;

/// <summary>Operators sign in, and connect services and sites to merchants.</summary>
public sealed class OperatorFunctions(OperatorApi api, JsonBody body, OperatorSignIn signIn, ServiceCatalog catalog)
{
    private const string Tag = "Operators: merchants";

    [Function("OperatorSignIn")]
    [ApiOperation(Tag, "Sign in as an operator", Request = typeof(SignInRequest), Response = typeof(OperatorSession),
        Errors = [401, 429])]
    public Task<IActionResult> SignInAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operator/sign-in")] HttpRequest request)
    {
        return api.HandlePublicAsync(request, async ct =>
            ApiResults.Json(await signIn.SignInAsync(await body.ReadAsync<SignInRequest>(request, ct), ct)));
    }

    [Function("OperatorListServices")]
    [ApiOperation(Tag, "A merchant's services and sites", Response = typeof(ServiceList),
        Auth = ApiAuth.OperatorSession, Errors = [401, 404])]
    public Task<IActionResult> ListServicesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operator/merchants/{merchantId}/services")]
        HttpRequest request,
        string merchantId)
    {
        return api.HandleAsync(request, async (_, ct) => ApiResults.Json(await catalog.ListAsync(merchantId, ct)));
    }

    [Function("OperatorConnectService")]
    [ApiOperation(Tag, "Connect a service to a merchant", Request = typeof(ConnectServiceRequest),
        Response = typeof(ServiceView), Status = 201, Auth = ApiAuth.OperatorSession, Errors = [401, 404])]
    public Task<IActionResult> ConnectServiceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operator/merchants/{merchantId}/services")]
        HttpRequest request,
        string merchantId)
    {
        return api.HandleAsync(request, async (_, ct) => ApiResults.Json(
            await catalog.ConnectServiceAsync(merchantId, await body.ReadAsync<ConnectServiceRequest>(request, ct), ct),
            StatusCodes.Status201Created));
    }

    [Function("OperatorConnectSite")]
    [ApiOperation(Tag, "Connect a site to a merchant's service; it gets its siteId",
        Request = typeof(ConnectSiteRequest), Response = typeof(SiteView), Status = 201,
        Auth = ApiAuth.OperatorSession, Errors = [401, 404, 409])]
    public Task<IActionResult> ConnectSiteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "operator/merchants/{merchantId}/services/{serviceId}/sites")] HttpRequest request,
        string merchantId,
        string serviceId)
    {
        return api.HandleAsync(request, async (_, ct) => ApiResults.Json(
            await catalog.ConnectSiteAsync(
                merchantId,
                serviceId,
                await body.ReadAsync<ConnectSiteRequest>(request, ct),
                ct),
            StatusCodes.Status201Created));
    }
}

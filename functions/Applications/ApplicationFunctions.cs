using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Applications;

/// <summary>Applying to connect, and the merchant's Requests tab.</summary>
public sealed class ApplicationFunctions(
    ProfileApi api,
    JsonBody body,
    ApplicationService applications,
    ApplicationStore store)
{
    private const string Tag = "Account Profile: requests";

    [Function("Apply")]
    [ApiOperation(Tag, "Apply to connect (no account needed)", Request = typeof(ApplyRequest),
        Response = typeof(ApplicationView), Status = 201)]
    public Task<IActionResult> ApplyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/applications")] HttpRequest request)
    {
        return api.HandlePublicAsync(request, async ct =>
            ApiResults.Json(await applications.ApplyAsync(await body.ReadAsync<ApplyRequest>(request, ct), ct), 201));
    }

    [Function("ListRequests")]
    [ApiOperation(Tag, "The merchant's requests, newest first", Response = typeof(ApplicationPage),
        Auth = ApiAuth.Session, Errors = [401, 403], Query = ["pageSize", "pageToken"])]
    public Task<IActionResult> ListRequestsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/requests")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewRequests, async (caller, ct) =>
        {
            var partition = ApplicationEntity.MerchantPartition(caller.MerchantId);
            var page = await store.ListAsync(partition, null, QueryParameters.Page(request, partition), ct);
            return ApiResults.Json(new ApplicationPage(
                page.Items.Select(ApplicationView.Of).ToList(),
                page.NextPageToken));
        });
    }

    [Function("GetRequest")]
    [ApiOperation(Tag, "One request with its status and next steps", Response = typeof(ApplicationView),
        Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> GetRequestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/requests/{applicationId}")]
        HttpRequest request,
        string applicationId)
    {
        return api.HandleAsync(request, Permission.ViewRequests, async (caller, ct) =>
            ApiResults.Json(ApplicationView.Of(await store.GetForMerchantAsync(caller.MerchantId, applicationId, ct))));
    }
}

using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using MerchantDesk.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Applications;

/// <summary>The accompanying manager's review of applications.</summary>
public sealed class OperatorApplicationFunctions(
    OperatorApi api,
    JsonBody body,
    ApplicationService applications,
    ApplicationStore store)
{
    private const string Tag = "Operators: applications";

    [Function("OperatorListApplications")]
    [ApiOperation(Tag, "Applications, newest first, optionally of one status", Response = typeof(ApplicationPage),
        Auth = ApiAuth.OperatorSession, Errors = [401], Query = ["status", "pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operator/applications")] HttpRequest request)
    {
        return api.HandleAsync(request, async (_, ct) =>
        {
            var status = QueryParameters.Enum<ApplicationStatus>(request, "status");
            var page = QueryParameters.Page(request, "operator|" + status);
            var found = await store.ListAsync(ApplicationEntity.OperatorPartition, status, page, ct);
            return ApiResults.Json(new ApplicationPage(
                found.Items.Select(ApplicationView.Of).ToList(),
                found.NextPageToken));
        });
    }

    [Function("OperatorGetApplication")]
    [ApiOperation(Tag, "One application", Response = typeof(ApplicationView), Auth = ApiAuth.OperatorSession,
        Errors = [401, 404])]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operator/applications/{applicationId}")]
        HttpRequest request,
        string applicationId)
    {
        return api.HandleAsync(request, async (_, ct) =>
            ApiResults.Json(ApplicationView.Of(await store.GetAsync(applicationId, ct))));
    }

    [Function("OperatorRequestInformation")]
    [ApiOperation(Tag, "Ask the applicant for more information", Request = typeof(OperatorMessage),
        Response = typeof(ApplicationView), Auth = ApiAuth.OperatorSession, Errors = [401, 404, 409])]
    public Task<IActionResult> RequestInformationAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "operator/applications/{applicationId}/information-requests")] HttpRequest request,
        string applicationId)
    {
        return api.HandleAsync(request, async (_, ct) => ApiResults.Json(await applications.RequestInformationAsync(
            applicationId, await body.ReadAsync<OperatorMessage>(request, ct), ct)));
    }

    [Function("OperatorRejectApplication")]
    [ApiOperation(Tag, "Reject an application with a reason", Request = typeof(OperatorMessage),
        Response = typeof(ApplicationView), Auth = ApiAuth.OperatorSession, Errors = [401, 404, 409])]
    public Task<IActionResult> RejectAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operator/applications/{applicationId}/rejection")]
        HttpRequest request,
        string applicationId)
    {
        return api.HandleAsync(request, async (_, ct) => ApiResults.Json(await applications.RejectAsync(
            applicationId, await body.ReadAsync<OperatorMessage>(request, ct), ct)));
    }

    [Function("OperatorApproveApplication")]
    [ApiOperation(Tag, "Approve: create the merchant and invite its first Administrator",
        Response = typeof(ApplicationView), Auth = ApiAuth.OperatorSession, Errors = [401, 404, 409])]
    public Task<IActionResult> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operator/applications/{applicationId}/approval")]
        HttpRequest request,
        string applicationId)
    {
        return api.HandleAsync(request, async (caller, ct) =>
            ApiResults.Json(await applications.ApproveAsync(applicationId, caller.Email, ct)));
    }
}

using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Support;

/// <summary>The Support tab.</summary>
public sealed class SupportFunctions(ProfileApi api, JsonBody body, SupportService support)
{
    private const string Tag = "Account Profile: support";

    [Function("AskSupport")]
    [ApiOperation(Tag, "Ask support a question", Request = typeof(AskSupportRequest),
        Response = typeof(SupportRequestView), Status = 201, Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> AskAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/support")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.AskSupport, async (caller, ct) => ApiResults.Json(
            await support.AskAsync(caller, await body.ReadAsync<AskSupportRequest>(request, ct), ct),
            StatusCodes.Status201Created));
    }

    [Function("ListSupportRequests")]
    [ApiOperation(Tag, "Your questions to support, newest first", Response = typeof(SupportRequestPage),
        Auth = ApiAuth.Session, Errors = [401, 403], Query = ["pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/support")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.AskSupport, async (caller, ct) =>
        {
            var page = QueryParameters.Page(request, "support|" + caller.UserId);
            return ApiResults.Json(await support.ListOwnAsync(caller, page, ct));
        });
    }
}

using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Registers;

/// <summary>The Documents tab: register mailing lists, registers and acts.</summary>
public sealed class RegisterFunctions(
    ProfileApi api,
    JsonBody body,
    MailingLists lists,
    ProfileRegisters registers,
    Acts acts)
{
    private const string Tag = "Account Profile: documents";
    private const string ListsRoute = "profile/services/{serviceId}/register-mailing-lists";
    private const string RegistersRoute = "profile/sites/{siteId}/registers";

    [Function("ListRegisterMailingLists")]
    [ApiOperation(Tag, "The service's register mailing lists, oldest first, and how many addresses a list may hold",
        Response = typeof(MailingListList), Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> ListMailingListsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ListsRoute)] HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
            ApiResults.Json(await lists.ListAsync(caller, serviceId, ct)));
    }

    [Function("CreateRegisterMailingList")]
    [ApiOperation(Tag, "New mailing list: addresses that receive the registers of every site, or of one site",
        Request = typeof(MailingListRequest), Response = typeof(MailingListView), Status = 201,
        Auth = ApiAuth.Session, Errors = [400, 401, 403, 404])]
    public Task<IActionResult> CreateMailingListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ListsRoute)] HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<MailingListRequest>(request, ct);
            var created = await lists.CreateAsync(caller, serviceId, asked, ct);
            return ApiResults.Json(created, StatusCodes.Status201Created);
        });
    }

    [Function("ReplaceRegisterMailingList")]
    [ApiOperation(Tag, "Replace a mailing list's addresses and site",
        Request = typeof(MailingListRequest), Response = typeof(MailingListView), Auth = ApiAuth.Session,
        Errors = [400, 401, 403, 404, 409])]
    public Task<IActionResult> ReplaceMailingListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ListsRoute + "/{listId}")] HttpRequest request,
        string serviceId,
        string listId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<MailingListRequest>(request, ct);
            return ApiResults.Json(await lists.ReplaceAsync(caller, serviceId, listId, asked, ct));
        });
    }

    [Function("DeleteRegisterMailingList")]
    [ApiOperation(Tag, "Delete a mailing list; registers already mailed keep their deliveries",
        Status = 204, Auth = ApiAuth.Session, Errors = [401, 403, 404, 409])]
    public Task<IActionResult> DeleteMailingListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ListsRoute + "/{listId}")] HttpRequest request,
        string serviceId,
        string listId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
        {
            await lists.DeleteAsync(caller, serviceId, listId, ct);
            return new NoContentResult();
        });
    }

    [Function("ListRegisters")]
    [ApiOperation(Tag, "The site's registers, newest day first: rows, size, and to whom and when each was mailed",
        Response = typeof(RegisterPage), Auth = ApiAuth.Session, Errors = [400, 401, 403, 404],
        Query = ["pageSize", "pageToken"])]
    public Task<IActionResult> ListRegistersAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RegistersRoute)] HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
        {
            var page = QueryParameters.Page(request, caller.MerchantId + "\nregisters\n" + siteId);
            return ApiResults.Json(await registers.ListAsync(caller, siteId, page, ct));
        });
    }

    [Function("BuildRegister")]
    [ApiOperation(Tag, "Build the site's register for 1 to 31 days now, to download, or to mail to its lists too",
        Request = typeof(BuildRegisterRequest), Response = typeof(RegisterView), Status = 201,
        Auth = ApiAuth.Session, Errors = [400, 401, 403, 404])]
    public Task<IActionResult> BuildRegisterAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RegistersRoute)] HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, async (caller, ct) =>
        {
            var asked = await body.ReadAsync<BuildRegisterRequest>(request, ct);
            var built = await registers.BuildAsync(caller, siteId, asked, ct);
            return ApiResults.Json(built, StatusCodes.Status201Created);
        });
    }

    [Function("DownloadRegister")]
    [ApiOperation(Tag, "A register's file as stored: the CSV, or the zip of a large one",
        Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> DownloadRegisterAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RegistersRoute + "/{registerId}/file")]
        HttpRequest request,
        string siteId,
        string registerId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, (caller, ct) =>
            registers.DownloadAsync(caller, siteId, registerId, ct));
    }

    [Function("ListActs")]
    [ApiOperation(Tag, "Acts are under development: always 501 with errorCode api.acts.not.available",
        Auth = ApiAuth.Session, Errors = [401, 403, 404, 501])]
    public Task<IActionResult> ListActsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/services/{serviceId}/acts")]
        HttpRequest request,
        string serviceId)
    {
        return api.HandleAsync(request, Permission.ConfigureRegisterMailing, (caller, ct) =>
            acts.ListAsync(caller, serviceId, ct));
    }
}

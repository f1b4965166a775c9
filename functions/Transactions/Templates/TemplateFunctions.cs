using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Transactions.Templates;

/// <summary>The Transactions tab's Template menu: the column catalogue and the user's own column templates.</summary>
public sealed class TemplateFunctions(ProfileApi api, JsonBody body, TransactionTemplates templates)
{
    private const string Tag = "Account Profile: transaction templates";

    [Function("ListTransactionColumns")]
    [ApiOperation(Tag, "Every column of the transaction list, in the default order",
        Response = typeof(TransactionColumnList), Auth = ApiAuth.Session, Errors = [401, 403])]
    public Task<IActionResult> ColumnsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/transaction-columns")]
        HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, (_, _) =>
            Task.FromResult<IActionResult>(ApiResults.Json(new TransactionColumnList(TransactionColumns.All))));
    }

    [Function("ListTransactionTemplates")]
    [ApiOperation(Tag, "Your column templates, oldest first, and which one the transaction list shows",
        Response = typeof(TemplateList), Auth = ApiAuth.Session, Errors = [401, 403])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/transaction-templates")]
        HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
            ApiResults.Json(await templates.ListAsync(caller, ct)));
    }

    [Function("CreateTransactionTemplate")]
    [ApiOperation(Tag, "Create a column template: a name and the columns to show, in order",
        Request = typeof(CreateTemplateRequest), Response = typeof(TemplateView), Status = 201,
        Auth = ApiAuth.Session, Errors = [401, 403, 409])]
    public Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profile/transaction-templates")]
        HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
        {
            var create = await body.ReadAsync<CreateTemplateRequest>(request, ct);
            var created = await templates.CreateAsync(caller, create, ct);
            return ApiResults.Json(created, StatusCodes.Status201Created);
        });
    }

    [Function("ChangeTransactionTemplate")]
    [ApiOperation(Tag, "Rename a column template, or reorder or replace its columns",
        Request = typeof(ChangeTemplateRequest), Response = typeof(TemplateView), Auth = ApiAuth.Session,
        Errors = [401, 403, 404, 409])]
    public Task<IActionResult> ChangeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "profile/transaction-templates/{templateId}")]
        HttpRequest request,
        string templateId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
        {
            var change = await body.ReadAsync<ChangeTemplateRequest>(request, ct);
            return ApiResults.Json(await templates.ChangeAsync(caller, templateId, change, ct));
        });
    }

    [Function("DeleteTransactionTemplate")]
    [ApiOperation(Tag, "Delete a column template; if it was chosen, the list shows every column again",
        Status = 204, Auth = ApiAuth.Session, Errors = [401, 403, 404])]
    public Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "profile/transaction-templates/{templateId}")]
        HttpRequest request,
        string templateId)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
        {
            await templates.DeleteAsync(caller, templateId, ct);
            return new NoContentResult();
        });
    }

    [Function("ChooseTransactionTemplate")]
    [ApiOperation(Tag, "Choose the template the transaction list shows, or null for every column",
        Request = typeof(ChooseTemplateRequest), Response = typeof(ChosenColumnsView), Auth = ApiAuth.Session,
        Errors = [401, 403, 404])]
    public Task<IActionResult> ChooseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "profile/transaction-templates/chosen")]
        HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ViewTransactions, async (caller, ct) =>
        {
            var choose = await body.ReadAsync<ChooseTemplateRequest>(request, ct);
            return ApiResults.Json(await templates.ChooseAsync(caller, choose, ct));
        });
    }
}

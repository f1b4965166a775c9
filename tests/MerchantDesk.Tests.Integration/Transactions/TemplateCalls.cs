using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;
using MerchantDesk.Transactions.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Transactions;

/// <summary>The Template menu's calls as one of a merchant's users makes them; the list's chosen columns.</summary>
public sealed class TemplateCalls(AppHost app, TestMerchant merchant, Role role = Role.Manager)
{
    public const string Route = "profile/transaction-templates";

    public ApiCall Api { get; } = new(app, merchant[role].SessionToken);

    public Task<TemplateView> CreateAsync(string name, params string[] columns) =>
        Api.PostAsync(Route, new { name, columns }).ExpectAsync<TemplateView>(HttpStatusCode.Created);

    public Task<TemplateList> ListAsync() => Api.GetAsync(Route).ExpectAsync<TemplateList>(HttpStatusCode.OK);

    public Task<HttpResponseMessage> ChangeAsync(string templateId, object change) =>
        Api.PatchAsync($"{Route}/{templateId}", change);

    public Task<HttpResponseMessage> DeleteAsync(string templateId) => Api.DeleteAsync($"{Route}/{templateId}");

    /// <param name="templateId">Null for the default, sent as JSON null, which the serializer would leave out.</param>
    public Task<HttpResponseMessage> ChooseAsync(string? templateId) =>
        Api.PutRawAsync(Route + "/chosen", templateId is null
            ? """{"templateId":null}"""
            : $$"""{"templateId":"{{templateId}}"}""");

    /// <summary>What the transaction list will show this user, asked as the list asks.</summary>
    public Task<IReadOnlyList<string>> ChosenColumnsAsync() =>
        app.Services.GetRequiredService<IChosenColumns>().ForAsync(TestMerchant.CallerOf(merchant[role]), default);
}

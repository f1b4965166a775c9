using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;
using MerchantDesk.Transactions.Templates;
using Microsoft.Extensions.DependencyInjection;
using static MerchantDesk.Transactions.TransactionColumns;

namespace MerchantDesk.Tests.Transactions;

[Collection(AppCollection.Name)]
public sealed class TransactionTemplatesTests(AppHost app)
{
    [Fact]
    public async Task ListColumns_SignedIn_AnswersTheWholeCatalogueInItsDefaultOrder()
    {
        var templates = await NewUserAsync();

        var catalogue = await templates.Api.GetAsync("profile/transaction-columns")
            .ExpectAsync<TransactionColumnList>(HttpStatusCode.OK);

        Assert.Equal(All, catalogue.Columns);
    }

    [Fact]
    public async Task CreateTemplate_ThenList_ShowsItsNameAndColumnsInTheGivenOrder()
    {
        var templates = await NewUserAsync();

        var created = await templates.CreateAsync("  Refund check  ", Amount, TransactionId, RefundedAmount);
        var listed = await templates.ListAsync();

        var template = Assert.Single(listed.Templates);
        Assert.Equal(created.TemplateId, template.TemplateId);
        Assert.Equal("Refund check", template.Name);
        Assert.Equal([Amount, TransactionId, RefundedAmount], template.Columns);
        Assert.False(template.Chosen);
        Assert.Null(listed.ChosenTemplateId);
    }

    [Fact]
    public async Task ChosenColumns_NoTemplateChosen_IsTheWholeCatalogue()
    {
        var templates = await NewUserAsync();
        await templates.CreateAsync("Not chosen", Amount);

        Assert.Equal(All, await templates.ChosenColumnsAsync());
    }

    [Fact]
    public async Task ChooseTemplate_Chosen_TheListShowsItsColumnsInItsOrder()
    {
        var templates = await NewUserAsync();
        await templates.CreateAsync("Other", Status);
        var chosen = await templates.CreateAsync("Cards", MaskedCard, CardType, Amount);

        var answer = await templates.ChooseAsync(chosen.TemplateId).ExpectAsync<ChosenColumnsView>(HttpStatusCode.OK);

        Assert.Equal(chosen.TemplateId, answer.TemplateId);
        Assert.Equal([MaskedCard, CardType, Amount], answer.Columns);
        Assert.Equal([MaskedCard, CardType, Amount], await templates.ChosenColumnsAsync());
        var listed = await templates.ListAsync();
        Assert.Equal(chosen.TemplateId, listed.ChosenTemplateId);
        Assert.Equal(["Other", "Cards"], listed.Templates.Select(t => t.Name));
        Assert.Equal([false, true], listed.Templates.Select(t => t.Chosen));
    }

    [Fact]
    public async Task ChooseTemplate_Null_TheListShowsEveryColumnAgain()
    {
        var templates = await NewUserAsync();
        var chosen = await templates.CreateAsync("Short", Amount);
        await templates.ChooseAsync(chosen.TemplateId).ExpectStatusAsync(HttpStatusCode.OK);

        var answer = await templates.ChooseAsync(null).ExpectAsync<ChosenColumnsView>(HttpStatusCode.OK);

        Assert.Null(answer.TemplateId);
        Assert.Equal(All, answer.Columns);
        Assert.Equal(All, await templates.ChosenColumnsAsync());
        Assert.Null((await templates.ListAsync()).ChosenTemplateId);
    }

    [Fact]
    public async Task RenameTemplate_NewName_IsListedWithTheSameColumns()
    {
        var templates = await NewUserAsync();
        var created = await templates.CreateAsync("Draft", Amount, Currency);

        var renamed = await templates.ChangeAsync(created.TemplateId, new { name = "Money" })
            .ExpectAsync<TemplateView>(HttpStatusCode.OK);

        Assert.Equal("Money", renamed.Name);
        Assert.Equal([Amount, Currency], renamed.Columns);
        Assert.Equal("Money", Assert.Single((await templates.ListAsync()).Templates).Name);
    }

    [Fact]
    public async Task ReorderTemplate_ChosenOne_TheListShowsTheNewOrder()
    {
        var templates = await NewUserAsync();
        var created = await templates.CreateAsync("Money", Amount, Currency, Status);
        await templates.ChooseAsync(created.TemplateId).ExpectStatusAsync(HttpStatusCode.OK);

        var reordered = await templates.ChangeAsync(created.TemplateId, new { columns = new[] { Status, Amount } })
            .ExpectAsync<TemplateView>(HttpStatusCode.OK);

        Assert.Equal("Money", reordered.Name);
        Assert.True(reordered.Chosen);
        Assert.Equal([Status, Amount], await templates.ChosenColumnsAsync());
    }

    [Fact]
    public async Task DeleteTemplate_TheChosenOne_TheListShowsEveryColumn()
    {
        var templates = await NewUserAsync();
        var created = await templates.CreateAsync("Short", Amount);
        await templates.ChooseAsync(created.TemplateId).ExpectStatusAsync(HttpStatusCode.OK);

        await templates.DeleteAsync(created.TemplateId).ExpectStatusAsync(HttpStatusCode.NoContent);

        var listed = await templates.ListAsync();
        Assert.Empty(listed.Templates);
        Assert.Null(listed.ChosenTemplateId);
        Assert.Equal(All, await templates.ChosenColumnsAsync());
        await templates.DeleteAsync(created.TemplateId)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.template.not.found");
    }

    [Fact]
    public async Task CreateTemplate_UnknownColumn_IsBadRequestNamingIt()
    {
        var templates = await NewUserAsync();

        var error = await templates.Api.PostRawAsync(TemplateCalls.Route, """{"name":"X","columns":["cvv"]}""")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.template.column.unknown");

        Assert.Contains("'cvv'", error.Description, StringComparison.Ordinal);
        Assert.Empty((await templates.ListAsync()).Templates);
    }

    [Fact]
    public async Task ReorderTemplate_DuplicateColumn_IsBadRequestNamingIt()
    {
        var templates = await NewUserAsync();
        var created = await templates.CreateAsync("Money", Amount, Currency);

        var error = await templates
            .ChangeAsync(created.TemplateId, new { columns = new[] { Currency, Amount, Currency } })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.template.column.duplicate");

        Assert.Contains($"'{Currency}'", error.Description, StringComparison.Ordinal);
        Assert.Equal([Amount, Currency], Assert.Single((await templates.ListAsync()).Templates).Columns);
    }

    [Theory]
    [InlineData("""{"name":"Empty","columns":[]}""", "api.template.columns.empty")]
    [InlineData("""{"name":"   ","columns":["amount"]}""", "api.field.invalid")]
    [InlineData("""{"name":"Half","columns":["amount",null]}""", "api.template.column.unknown")]
    [InlineData("""{"columns":["amount"]}""", "api.request.body.malformed")]
    public async Task CreateTemplate_BadBody_IsBadRequest(string json, string errorCode)
    {
        var templates = await NewUserAsync();

        await templates.Api.PostRawAsync(TemplateCalls.Route, json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task CreateTemplate_NameLongerThan100_IsBadRequest()
    {
        var templates = await NewUserAsync();

        var tooLong = new { name = new string('n', TemplateRules.MaxNameLength + 1), columns = new[] { Amount } };

        await templates.Api.PostAsync(TemplateCalls.Route, tooLong)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.field.invalid");
    }

    [Fact]
    public async Task ChangeTemplate_NeitherNameNorColumns_IsBadRequest()
    {
        var templates = await NewUserAsync();
        var created = await templates.CreateAsync("Money", Amount);

        await templates.ChangeAsync(created.TemplateId, new { })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.template.change.empty");
    }

    [Fact]
    public async Task CreateTemplate_NameTakenInAnotherCase_IsConflict()
    {
        var templates = await NewUserAsync();
        await templates.CreateAsync("Refunds", RefundedAmount);

        await templates.Api.PostAsync(TemplateCalls.Route, new { name = "REFUNDS", columns = new[] { Amount } })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.template.name.taken");

        Assert.Single((await templates.ListAsync()).Templates);
    }

    [Fact]
    public async Task RenameTemplate_ToAnotherTemplatesName_IsConflictButItsOwnNameInAnotherCaseIsNot()
    {
        var templates = await NewUserAsync();
        await templates.CreateAsync("Refunds", RefundedAmount);
        var other = await templates.CreateAsync("Money", Amount);

        await templates.ChangeAsync(other.TemplateId, new { name = "refunds" })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.template.name.taken");
        var recased = await templates.ChangeAsync(other.TemplateId, new { name = "MONEY" })
            .ExpectAsync<TemplateView>(HttpStatusCode.OK);

        Assert.Equal("MONEY", recased.Name);
    }

    [Fact]
    public async Task CreateTemplate_SameNameAsATeammatesTemplate_IsCreated()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Template Shop");
        await new TemplateCalls(app, merchant, Role.Administrator).CreateAsync("Daily", Amount);

        var mine = await new TemplateCalls(app, merchant, Role.Manager).CreateAsync("Daily", Status);

        Assert.Equal("Daily", mine.Name);
    }

    [Fact]
    public async Task CreateTemplate_AtTheLimit_IsConflict()
    {
        var templates = await NewUserAsync();
        for (var i = 1; i <= TemplateRules.MaxTemplates; i++)
        {
            await templates.CreateAsync($"Template {i}", Amount);
        }

        await templates.Api.PostAsync(TemplateCalls.Route, new { name = "One too many", columns = new[] { Amount } })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.template.limit.reached");

        Assert.Equal(TemplateRules.MaxTemplates, (await templates.ListAsync()).Templates.Count);
    }

    [Fact]
    public async Task CreateTemplate_SeveralAtOnceForTheLastPlace_OnlyOneIsCreated()
    {
        var templates = await NewUserAsync();
        for (var i = 1; i < TemplateRules.MaxTemplates; i++)
        {
            await templates.CreateAsync($"Template {i}", Amount);
        }

        var racing = Enumerable.Range(1, 5).Select(i => templates.Api.PostAsync(
            TemplateCalls.Route,
            new { name = $"Racer {i}", columns = new[] { Amount } }));
        var statuses = (await Task.WhenAll(racing)).Select(response => response.StatusCode).ToList();

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(TemplateRules.MaxTemplates, (await templates.ListAsync()).Templates.Count);
    }

    [Fact]
    public async Task TeammatesTemplate_ChangeDeleteOrChoose_IsNotFound()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Template Shop");
        var owner = new TemplateCalls(app, merchant, Role.Administrator);
        var teammate = new TemplateCalls(app, merchant, Role.Manager);
        var template = await owner.CreateAsync("Mine", Amount);

        await teammate.ChangeAsync(template.TemplateId, new { name = "Taken over" })
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.template.not.found");
        await teammate.DeleteAsync(template.TemplateId)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.template.not.found");
        await teammate.ChooseAsync(template.TemplateId)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.template.not.found");

        Assert.Empty((await teammate.ListAsync()).Templates);
        Assert.Equal("Mine", Assert.Single((await owner.ListAsync()).Templates).Name);
    }

    [Fact]
    public async Task Templates_NoSession_IsUnauthorized()
    {
        var anonymous = new ApiCall(app);

        await anonymous.GetAsync(TemplateCalls.Route)
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        await anonymous.PostAsync(TemplateCalls.Route, new { name = "X", columns = new[] { Amount } })
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Manager)]
    [InlineData(Role.TechnicalSpecialist)]
    public async Task ChooseTemplate_EveryRole_TheListShowsTheirTemplate(Role role)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Template Shop");
        var templates = new TemplateCalls(app, merchant, role);
        var created = await templates.CreateAsync("Mine", Status, Amount);

        await templates.ChooseAsync(created.TemplateId).ExpectStatusAsync(HttpStatusCode.OK);

        Assert.Equal([Status, Amount], await templates.ChosenColumnsAsync());
    }

    [Fact]
    public async Task ChosenColumns_AColumnSinceDroppedFromTheCatalogue_IsLeftOut()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Template Shop");
        var templates = new TemplateCalls(app, merchant);
        var created = await templates.CreateAsync("Old", Amount, Status);
        await templates.ChooseAsync(created.TemplateId).ExpectStatusAsync(HttpStatusCode.OK);

        var table = app.Services.GetRequiredService<StorageAccount>().Table(TemplateTable.Name);
        var stored = await table.GetEntityAsync<ColumnTemplateEntity>(
            TemplateTable.PartitionOf(TestMerchant.CallerOf(merchant[Role.Manager])),
            TemplateTable.TemplateRow(created.TemplateId));
        stored.Value.Columns = $"{Amount},retiredColumn,{Status}";
        await table.UpdateEntityAsync(stored.Value, stored.Value.ETag);

        Assert.Equal([Amount, Status], await templates.ChosenColumnsAsync());
    }

    private async Task<TemplateCalls> NewUserAsync() =>
        new(app, await TestMerchant.CreateAsync(app, "Template Shop"));
}

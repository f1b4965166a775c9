using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Transactions.Templates;

/// <summary>
/// A user's own column templates for the Transactions tab: create, rename, reorder, delete, and choose the one the
/// list shows. Templates are per user, so even a teammate's template id answers 404.
/// </summary>
public sealed class TransactionTemplates(TemplateStore store, TimeProvider clock)
{
    public async Task<TemplateList> ListAsync(ProfileCaller caller, CancellationToken cancellationToken) =>
        TemplateList.Of(await store.ReadAsync(caller, cancellationToken));

    public async Task<TemplateView> CreateAsync(
        ProfileCaller caller,
        CreateTemplateRequest request,
        CancellationToken cancellationToken)
    {
        var template = new ColumnTemplateEntity
        {
            PartitionKey = TemplateTable.PartitionOf(caller),
            TemplateId = Keys.NewId("tpl"),
            Name = TemplateRules.Name(request.Name),
            Columns = TemplateRules.Format(TemplateRules.Columns(request.Columns)),
            CreatedAt = clock.GetUtcNow(),
        };
        template.RowKey = TemplateTable.TemplateRow(template.TemplateId);

        var committed = await store.CommitAsync(caller, templates => templates.Add(template), cancellationToken);
        return TemplateView.Of(template, committed.Choice);
    }

    public async Task<TemplateView> ChangeAsync(
        ProfileCaller caller,
        string templateId,
        ChangeTemplateRequest request,
        CancellationToken cancellationToken)
    {
        if (request is { Name: null, Columns: null })
        {
            throw ApiException.BadRequest("api.template.change.empty", "Send a new 'name', new 'columns' or both.");
        }

        var name = request.Name is null ? null : TemplateRules.Name(request.Name);
        var columns = request.Columns is null ? null : TemplateRules.Columns(request.Columns);

        var committed = await store.CommitAsync(
            caller,
            templates => templates.Change(templateId, name, columns),
            cancellationToken);
        return TemplateView.Of(committed.Find(templateId), committed.Choice);
    }

    public Task DeleteAsync(ProfileCaller caller, string templateId, CancellationToken cancellationToken) =>
        store.CommitAsync(caller, templates => templates.Remove(templateId), cancellationToken);

    public async Task<ChosenColumnsView> ChooseAsync(
        ProfileCaller caller,
        ChooseTemplateRequest request,
        CancellationToken cancellationToken)
    {
        var committed = await store.CommitAsync(
            caller,
            templates =>
            {
                templates.Choose(request.TemplateId);
                return null;
            },
            cancellationToken);

        var chosen = request.TemplateId is { } templateId ? committed.Find(templateId) : null;
        return new ChosenColumnsView(request.TemplateId, TemplateRules.ColumnsShown(chosen));
    }
}

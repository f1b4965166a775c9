using Azure.Data.Tables;
using MerchantDesk.Api;

namespace MerchantDesk.Transactions.Templates;

/// <summary>
/// One user's templates and choice, read together so a change is checked against all of them. Each change checks,
/// applies itself to what was read and returns the template row's write; the choice row is written by the store.
/// </summary>
public sealed class UserTemplates(ColumnChoiceEntity choice, List<ColumnTemplateEntity> templates)
{
    public ColumnChoiceEntity Choice { get; } = choice;

    /// <summary>Oldest first, the order the user made them in.</summary>
    public IEnumerable<ColumnTemplateEntity> Templates => templates.OrderBy(t => t.CreatedAt);

    public TableTransactionAction Add(ColumnTemplateEntity template)
    {
        if (templates.Count >= TemplateRules.MaxTemplates)
        {
            throw ApiException.Conflict(
                "api.template.limit.reached",
                $"You have {TemplateRules.MaxTemplates} templates, the most allowed; delete one first.");
        }

        EnsureNameFree(template.Name, template.TemplateId);
        templates.Add(template);
        return new TableTransactionAction(TableTransactionActionType.Add, template);
    }

    public TableTransactionAction Change(string templateId, string? name, IReadOnlyList<string>? columns)
    {
        var template = Find(templateId);
        if (name is not null)
        {
            EnsureNameFree(name, templateId);
            template.Name = name;
        }

        if (columns is not null)
        {
            template.Columns = TemplateRules.Format(columns);
        }

        return new TableTransactionAction(TableTransactionActionType.UpdateReplace, template, template.ETag);
    }

    /// <summary>Deleting the chosen template puts the user back on the default, the whole catalogue.</summary>
    public TableTransactionAction Remove(string templateId)
    {
        var template = Find(templateId);
        templates.Remove(template);
        if (Choice.ChosenTemplateId == templateId)
        {
            Choice.ChosenTemplateId = null;
        }

        return new TableTransactionAction(TableTransactionActionType.Delete, template, template.ETag);
    }

    /// <param name="templateId">Null for the default, the whole catalogue.</param>
    public void Choose(string? templateId)
    {
        Choice.ChosenTemplateId = templateId is null ? null : Find(templateId).TemplateId;
    }

    public ColumnTemplateEntity Find(string templateId) =>
        templates.FirstOrDefault(t => t.TemplateId == templateId)
        ?? throw ApiException.NotFound("api.template.not.found", "You have no template with this id.");

    private void EnsureNameFree(string name, string templateId)
    {
        if (templates.Any(t => t.TemplateId != templateId && TemplateRules.SameName(t.Name, name)))
        {
            throw ApiException.Conflict("api.template.name.taken", $"You already have a template named '{name}'.");
        }
    }
}

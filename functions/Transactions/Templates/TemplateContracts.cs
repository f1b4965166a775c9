namespace MerchantDesk.Transactions.Templates;

/// <param name="Columns">Every column id of the transaction list, in the default order.</param>
public sealed record TransactionColumnList(IReadOnlyList<string> Columns);

/// <param name="Name">1 to 100 characters, unique among your templates whatever the case.</param>
/// <param name="Columns">Column ids from the catalogue, in the order to show them, each at most once.</param>
public sealed record CreateTemplateRequest(string Name, IReadOnlyList<string> Columns);

/// <summary>Rename, reorder or replace the columns; send either field or both.</summary>
public sealed record ChangeTemplateRequest(string? Name = null, IReadOnlyList<string>? Columns = null);

/// <param name="TemplateId">The template to show the list with, or null for the default, every column.</param>
public sealed record ChooseTemplateRequest(string? TemplateId);

/// <param name="Chosen">Whether the transaction list shows this template's columns.</param>
public sealed record TemplateView(string TemplateId, string Name, IReadOnlyList<string> Columns, bool Chosen)
{
    public static TemplateView Of(ColumnTemplateEntity template, ColumnChoiceEntity choice) => new(
        template.TemplateId,
        template.Name,
        TemplateRules.Parse(template.Columns),
        template.TemplateId == choice.ChosenTemplateId);
}

/// <param name="Templates">Your templates, oldest first.</param>
/// <param name="ChosenTemplateId">The chosen template; absent when the list shows the default, every column.</param>
/// <param name="MaxTemplates">How many templates a user may keep.</param>
public sealed record TemplateList(IReadOnlyList<TemplateView> Templates, string? ChosenTemplateId, int MaxTemplates)
{
    public static TemplateList Of(UserTemplates templates) => new(
        templates.Templates.Select(t => TemplateView.Of(t, templates.Choice)).ToList(),
        templates.Choice.ChosenTemplateId,
        TemplateRules.MaxTemplates);
}

/// <param name="TemplateId">The chosen template; absent for the default.</param>
/// <param name="Columns">The columns the transaction list now shows, in their order.</param>
public sealed record ChosenColumnsView(string? TemplateId, IReadOnlyList<string> Columns);

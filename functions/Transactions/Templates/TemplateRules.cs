using MerchantDesk.Api;

namespace MerchantDesk.Transactions.Templates;

/// <summary>What a template may hold: a name, and one or more catalogue columns, each at most once.</summary>
public static class TemplateRules
{
    public const int MaxTemplates = 20;
    public const int MaxNameLength = 100;

    private const char ColumnSeparator = ',';

    public static string Name(string? name) => Require.Text(name, "name", MaxNameLength);

    /// <returns>The columns in the order given.</returns>
    public static IReadOnlyList<string> Columns(IReadOnlyList<string>? columns)
    {
        if (columns is not { Count: > 0 })
        {
            throw ApiException.BadRequest("api.template.columns.empty", "'columns' must name at least one column.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!TransactionColumns.IsKnown(column))
            {
                throw ApiException.BadRequest(
                    "api.template.column.unknown",
                    $"'{column}' is not a transaction column; GET /profile/transaction-columns lists them.");
            }

            if (!seen.Add(column))
            {
                throw ApiException.BadRequest(
                    "api.template.column.duplicate",
                    $"'{column}' appears more than once in 'columns'.");
            }
        }

        return [.. columns];
    }

    public static bool SameName(string name, string other) =>
        string.Equals(name, other, StringComparison.OrdinalIgnoreCase);

    public static string Format(IReadOnlyList<string> columns) => string.Join(ColumnSeparator, columns);

    /// <summary>What the transaction list shows: the chosen template's columns in order, or every column.</summary>
    public static IReadOnlyList<string> ColumnsShown(ColumnTemplateEntity? chosen) =>
        chosen is not null && Parse(chosen.Columns) is { Count: > 0 } columns ? columns : TransactionColumns.All;

    /// <summary>
    /// The stored columns still in the catalogue: a column dropped from it since the template was saved is left out
    /// rather than breaking the list.
    /// </summary>
    public static IReadOnlyList<string> Parse(string columns) =>
        columns.Split(ColumnSeparator).Where(TransactionColumns.IsKnown).ToList();
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Transactions.Templates;

/// <summary>
/// Which template a user has chosen, and the version of their set of templates. Every change to the set bumps the
/// version in the same transaction, so two changes decided on the same set cannot both commit.
/// </summary>
public sealed class ColumnChoiceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Null: the default, the whole catalogue.</summary>
    public string? ChosenTemplateId { get; set; }

    public long Version { get; set; }
}

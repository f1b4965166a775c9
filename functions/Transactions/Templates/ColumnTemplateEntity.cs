using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Transactions.Templates;

/// <summary>A user's named, ordered list of transaction columns.</summary>
public sealed class ColumnTemplateEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TemplateId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Column ids in the template's order, comma-separated (ids never hold a comma).</summary>
    public string Columns { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Storage;

/// <summary>Which version of its source a projection's copies show, and the row keys they hold.</summary>
public sealed class ProjectionHead : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Version { get; set; } = "";

    /// <summary>The copies' row keys, one a line.</summary>
    public string RowKeys { get; set; } = "";
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Sites;

/// <summary>A connected service: the group of sites a merchant opens from the Services tab.</summary>
public sealed class ServiceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ServiceId { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

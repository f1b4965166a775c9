using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Sites;

/// <summary>Maps a globally unique <c>siteId</c> to its merchant, as protocol calls name only the site.</summary>
public sealed class SiteDirectoryEntity : ITableEntity
{
    public const string TableName = "SiteDirectory";
    public const string Row = "site";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string ServiceId { get; set; } = "";
}

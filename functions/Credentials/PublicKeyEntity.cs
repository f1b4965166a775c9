using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Credentials;

/// <summary>Maps a site's public key to the site, so the payment form finds it in one point read.</summary>
public sealed class PublicKeyEntity : ITableEntity
{
    public const string TableName = "PublicKeys";
    public const string Row = "site";

    /// <summary>The public key itself.</summary>
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string SiteId { get; set; } = "";
}

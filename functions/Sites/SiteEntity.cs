using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Sites;

/// <summary>A merchant's site that accepts payments, stored in the merchant's partition.</summary>
public sealed class SiteEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SiteId { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The enabled <see cref="PaymentMethod"/>s, comma-separated (Table Storage has no list type).</summary>
    public string PaymentMethods { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Names the site to the hosted payment form; public by design, made when it is connected.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>
    /// The secret that signs server notifications, encrypted (see <c>SecretProtector</c>): never stored in clear.
    /// </summary>
    public string NotificationKey { get; set; } = "";

    /// <summary>Where server notifications are posted; none until the merchant sets one.</summary>
    public string? NotificationUrl { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Credentials;

/// <summary>
/// An API token as the Account Profile lists it, in the merchant's partition of <c>Merchants</c>. It holds the
/// hash, never the token, so a revocation can find and delete the protocol's row.
/// </summary>
public sealed class ApiTokenListingEntity : ITableEntity
{
    public const string RowPrefix = "token_";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TokenId { get; set; } = "";

    /// <summary>The key of the token's <see cref="ApiTokenEntity"/>.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The token's first characters, enough to tell tokens apart and far too few to use one.</summary>
    public string Prefix { get; set; } = "";

    public string Comment { get; set; } = "";

    /// <summary>The email of the user who issued it.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public string HomeSiteId { get; set; } = "";

    public string SiteIds { get; set; } = "";

    public string PaymentMethods { get; set; } = "";

    public static string RowOf(string tokenId) => RowPrefix + tokenId;
}

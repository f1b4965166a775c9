using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Credentials;

/// <summary>
/// An API token as the protocol finds it: keyed by the hash of the token, so authenticating a call is one point
/// read. The token itself is never stored. Its twin in the merchant's partition, <see cref="ApiTokenListingEntity"/>,
/// lists it in the Account Profile.
/// </summary>
public sealed class ApiTokenEntity : ITableEntity
{
    public const string TableName = "ApiTokens";
    public const string Row = "token";

    /// <summary>The SHA-256 of the token (<c>SecretToken.Hash</c>).</summary>
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TokenId { get; set; } = "";

    public string MerchantId { get; set; } = "";

    /// <summary>The site the token was issued on; the token stops working if that site goes.</summary>
    public string HomeSiteId { get; set; } = "";

    /// <summary>The sites of the service at issue time, comma-separated.</summary>
    public string SiteIds { get; set; } = "";

    /// <summary>The payment methods enabled on those sites at issue time (<c>PaymentMethodList</c>).</summary>
    public string PaymentMethods { get; set; } = "";

    /// <summary>When the token last authenticated a call, to the minute; it throttles writes of the time.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Support;

/// <summary>A support question, keyed by merchant, then asker, newest first: "my questions" is one range.</summary>
public sealed class SupportRequestEntity : ITableEntity
{
    public const string TableName = "SupportRequests";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RequestId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Message { get; set; } = "";

    public string? ServiceId { get; set; }

    public string? SiteId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string RowPrefixOf(string userId) => userId + "_";
}

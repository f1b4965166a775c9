using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>A one-time start code of a Telegram deep link, keyed by its hash; it binds a chat to one token.</summary>
public sealed class StartCodeEntity : ITableEntity
{
    public const string TableName = "TelegramStartCodes";
    public const string Row = "code";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string TokenId { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>
/// A chat bound to an API token: its id and hash, never the token itself. The token is checked again on each use.
/// </summary>
public sealed class ChatBindingEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = ChatTable.BindingRow;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string TokenId { get; set; } = "";

    /// <summary>The SHA-256 of the API token (<c>SecretToken.Hash</c>).</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset BoundAt { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>An update the chat has handled, written before handling it so a replay is ignored.</summary>
public sealed class HandledUpdateEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}

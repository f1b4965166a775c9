using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>An invoice issued from the chat, newest first, for /invoices and the per-chat rate limit.</summary>
public sealed class ChatInvoiceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SiteId { get; set; } = "";

    public string BillId { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}

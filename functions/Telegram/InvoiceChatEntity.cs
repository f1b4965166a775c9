using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>The chat an invoice was issued from, found by the bill, and whether it was told of the payment.</summary>
public sealed class InvoiceChatEntity : ITableEntity
{
    public const string TableName = "TelegramInvoices";

    /// <summary>The bill's site.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>The bill id.</summary>
    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long ChatId { get; set; }

    public DateTimeOffset? PaidToldAt { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Invoices;

/// <summary>Finds the bill behind a pay URL's unguessable key with one point read.</summary>
public sealed class PayLinkEntity : ITableEntity
{
    public const string TableName = "PayLinks";
    public const string Row = "bill";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SiteId { get; set; } = "";

    public string BillId { get; set; } = "";
}

using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Registers;

/// <summary>
/// Who receives a service's registers: of all its sites, or of one. Kept in the merchant's partition, so another
/// merchant's list is never found and the timer reads a merchant's lists with its sites.
/// </summary>
public sealed class MailingListEntity : ITableEntity
{
    public const string TableName = "RegisterMailingLists";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ListId { get; set; } = "";

    public string ServiceId { get; set; } = "";

    /// <summary>The one site whose registers the list receives; null for every site of the service.</summary>
    public string? SiteId { get; set; }

    /// <summary>Normalized addresses, comma-separated (Table Storage has no list type).</summary>
    public string Addresses { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<string> AddressList => Addresses.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Covers(string serviceId, string siteId) =>
        ServiceId == serviceId && (SiteId is null || SiteId == siteId);

    public static string Row(string listId) => "list_" + listId;
}

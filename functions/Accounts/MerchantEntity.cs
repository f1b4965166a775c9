using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Accounts;

/// <summary>A partner account, created when its connection application is approved.</summary>
public sealed class MerchantEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = MerchantTable.ProfileRow;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CompanyName { get; set; } = "";

    public string ApplicationId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bumped by every change to the team, so concurrent changes are serialized by its ETag.</summary>
    public long TeamVersion { get; set; }

    [IgnoreDataMember]
    public string MerchantId => PartitionKey;
}

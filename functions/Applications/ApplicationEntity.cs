using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Applications;

/// <summary>
/// An application to connect ("request"). It is stored twice: in the operators' partition, where its id is its row
/// key, and once approved in its merchant's partition for the Requests tab. Ids sort newest first.
/// </summary>
public sealed class ApplicationEntity : ITableEntity
{
    public const string TableName = "Applications";
    public const string OperatorPartition = "all";

    public string PartitionKey { get; set; } = OperatorPartition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CompanyName { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string SiteUrl { get; set; } = "";

    public string? Comment { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>What the applicant should do next, as the Requests tab shows it.</summary>
    public string NextSteps { get; set; } = "";

    /// <summary>Set when approval starts, so an approval that is retried finishes the same merchant.</summary>
    public string? MerchantId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string MerchantPartition(string merchantId) => "merchant_" + merchantId;
}

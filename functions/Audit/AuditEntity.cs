using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Audit;

/// <summary>One audit entry; a merchant's entries share a partition, newest first.</summary>
public sealed class AuditEntity : ITableEntity
{
    public const string TableName = "Audit";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public AuditEvent Event { get; set; }

    /// <summary>Who did it: a user's email, <c>operator:…</c>, or empty for an anonymous caller.</summary>
    public string Actor { get; set; } = "";

    /// <summary>Whom it concerned, when not the actor: a user's email.</summary>
    public string? Subject { get; set; }

    public string? Detail { get; set; }

    public DateTimeOffset At { get; set; }
}

using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Access;

/// <summary>A signed-in session, keyed by the hash of its bearer token; the token itself is never stored.</summary>
public sealed class SessionEntity : ITableEntity
{
    public const string TableName = "Sessions";
    public const string Row = "session";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public SessionKind Kind { get; set; }

    /// <summary>The merchant of a user's session; empty for an operator.</summary>
    public string MerchantId { get; set; } = "";

    /// <summary>The user's or operator's id.</summary>
    public string SubjectId { get; set; } = "";

    /// <summary>The subject's security stamp at sign-in; a session whose stamp no longer matches has ended.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

public enum SessionKind
{
    MerchantUser,
    Operator,
}

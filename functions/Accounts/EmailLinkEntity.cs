using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Accounts;

/// <summary>A one-time link sent by email, keyed by the hash of its token.</summary>
public sealed class EmailLinkEntity : ITableEntity
{
    public const string TableName = "EmailLinks";
    public const string Row = "link";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public EmailLinkPurpose Purpose { get; set; }

    public string MerchantId { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The user's security stamp at issue: setting a password changes it, so each link works once.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

public enum EmailLinkPurpose
{
    /// <summary>Confirm the address and set the first password (approval or invitation).</summary>
    Invitation,

    /// <summary>"Remind me": set a new password; also confirms an invited user whose first mail was lost.</summary>
    PasswordReset,
}

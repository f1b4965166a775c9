using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;

namespace MerchantDesk.Accounts;

/// <summary>A person who signs in to a merchant's Account Profile.</summary>
public sealed class UserEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserId { get; set; } = "";

    public string Email { get; set; } = "";

    public Role Role { get; set; }

    public string? Comment { get; set; }

    public UserState State { get; set; }

    public string? PasswordHash { get; set; }

    /// <summary>Changes whenever the password does or access is revoked, ending sessions and email links.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    [IgnoreDataMember]
    public string MerchantId => PartitionKey;

    [IgnoreDataMember]
    public bool IsActiveAdministrator => Role == Role.Administrator && State != UserState.Disabled;
}

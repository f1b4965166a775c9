using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;

namespace MerchantDesk.Accounts;

/// <summary>
/// Claims an email address for one user across all merchants: addresses are globally unique, and sign-in finds
/// the user from the address with one point read. Keyed by the address's hash, so no address appears in a key.
/// </summary>
public sealed class EmailIndexEntity : ITableEntity
{
    public const string TableName = "UserEmails";
    private const string Row = "user";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MerchantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public static (string PartitionKey, string RowKey) KeyOf(string normalizedEmail) =>
        (SecretToken.Hash(normalizedEmail), Row);

    public static EmailIndexEntity For(string normalizedEmail, string merchantId, string userId) => new()
    {
        PartitionKey = KeyOf(normalizedEmail).PartitionKey,
        MerchantId = merchantId,
        UserId = userId,
    };
}

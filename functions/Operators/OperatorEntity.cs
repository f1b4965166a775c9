using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;

namespace MerchantDesk.Operators;

/// <summary>A platform operator (an accompanying manager); not a merchant user. Keyed by the email's hash.</summary>
public sealed class OperatorEntity : ITableEntity
{
    public const string TableName = "Operators";
    public const string Row = "operator";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Email { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public string SecurityStamp { get; set; } = "";

    public static string KeyOf(string normalizedEmail) => SecretToken.Hash("operator:" + normalizedEmail);
}

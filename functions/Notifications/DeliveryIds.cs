using System.Security.Cryptography;
using System.Text;
using MerchantDesk.Events;
using MerchantDesk.Storage;

namespace MerchantDesk.Notifications;

/// <summary>
/// Delivery ids: <c>dlv_</c>, the event's moment newest first, then a digest of the event id and the target. The
/// same event and target always give the same id, which is also the <c>webhook-id</c> receivers de-duplicate by.
/// </summary>
public static class DeliveryIds
{
    private const int DigestChars = 16;

    public static string Of(LedgerEventEntity change, NotificationTarget target)
    {
        var targetName = target.Kind == TargetKind.SiteUrl ? "site" : target.Url;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{change.EventId}|{target.Kind}|{targetName}"));
        return DeliveryEntity.RowPrefix
            + Keys.NewestFirst(change.OccurredAt)
            + Convert.ToHexStringLower(digest)[..DigestChars];
    }

    /// <summary>The first id of deliveries of events at or after <paramref name="since"/> sort after this.</summary>
    public static string UpTo(DateTimeOffset since) =>
        DeliveryEntity.RowPrefix + Keys.NewestFirst(since) + new string('~', DigestChars);

    public static bool IsWellFormed(string deliveryId) =>
        deliveryId.Length == DeliveryEntity.RowPrefix.Length + 19 + DigestChars
        && deliveryId.StartsWith(DeliveryEntity.RowPrefix, StringComparison.Ordinal)
        && deliveryId.Skip(DeliveryEntity.RowPrefix.Length).All(char.IsAsciiLetterOrDigit);
}

using MerchantDesk.Events;
using MerchantDesk.Sites;

namespace MerchantDesk.Notifications;

/// <summary>
/// Names the targets of one ledger event. The fan-out asks every registered source, so a further kind of target
/// (a linked Telegram chat) is one more implementation, not a change to the fan-out.
/// </summary>
public interface INotificationTargets
{
    Task<IReadOnlyList<NotificationTarget>> TargetsAsync(
        SiteEntity site,
        LedgerEventEntity change,
        CancellationToken cancellationToken);
}

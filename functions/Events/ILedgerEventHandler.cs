namespace MerchantDesk.Events;

/// <summary>
/// Reacts to committed ledger events. Delivery is at least once and in no guaranteed order, so a handler must be
/// idempotent per <see cref="LedgerEventEntity.EventId"/> and must not assume it sees events in commit order.
/// </summary>
public interface ILedgerEventHandler
{
    Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken);
}

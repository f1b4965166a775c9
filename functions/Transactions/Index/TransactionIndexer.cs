using MerchantDesk.Events;
using MerchantDesk.Payments;

namespace MerchantDesk.Transactions.Index;

/// <summary>
/// Keeps the index up with the ledger: a payment's change refreshes its transaction; a capture changes its
/// payment's; a refund adds its own and changes its payment's refunded amount. Refreshing reads the ledger as it is
/// now, so redelivered and out-of-order events are harmless.
/// </summary>
public sealed class TransactionIndexer(TransactionIndex index, PaymentService payments) : ILedgerEventHandler
{
    public async Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        if (change.Subject == LedgerSubject.Bill || change.PaymentId is null)
        {
            return;
        }

        var payment = await payments.GetAsync(change.SiteId, change.PaymentId, cancellationToken);
        await index.RefreshAsync(change.SiteId, payment.TransactionRow, cancellationToken);
        if (change.Subject == LedgerSubject.Refund
            && change.SnapshotAs<OperationEntity>().TransactionRow is { } refundRow)
        {
            await index.RefreshAsync(change.SiteId, refundRow, cancellationToken);
        }
    }
}

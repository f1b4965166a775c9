using MerchantDesk.Events;

namespace MerchantDesk.Invoices.Index;

/// <summary>
/// Keeps the invoice index up with the ledger. A bill's own events carry its status changes; a payment's events
/// carry its failed attempts, since a declined payment counts one on its bill without changing the bill's status.
/// Refreshing reads the bill as it is now, so redelivered and out-of-order events are harmless.
/// </summary>
public sealed class InvoiceIndexer(InvoiceIndex index) : ILedgerEventHandler
{
    public async Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        if (change.Subject is LedgerSubject.Bill or LedgerSubject.Payment && change.BillId is { } billId)
        {
            await index.RefreshAsync(change.SiteId, billId, cancellationToken);
        }
    }
}

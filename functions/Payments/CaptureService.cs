using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Money;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Transactions;

namespace MerchantDesk.Payments;

/// <summary>Captures all or part of a held payment, once.</summary>
public sealed class CaptureService(PaymentOperations operations, IAcquirer acquirer)
{
    public async Task<OperationEntity> CaptureAsync(
        string siteId,
        string paymentId,
        string captureId,
        Amount? amount,
        CancellationToken cancellationToken)
    {
        var rowKey = LedgerTable.CaptureRow(paymentId, captureId);
        var payment = await operations.FindPaymentAsync(siteId, paymentId, cancellationToken);
        var wanted = amount ?? payment.Amount;
        var draft = operations.NewOperation(siteId, rowKey, captureId, paymentId, wanted);
        var (held, capture, isNew) = await operations.ReserveAsync(
            siteId,
            draft,
            p => Reserve(p, captureId, wanted),
            cancellationToken);
        if (!isNew)
        {
            return PaymentOperations.SameOrConflict(capture, wanted, null);
        }

        var result = await acquirer.CaptureAsync(
            new AcquirerOperation(captureId, held.AcquirerReference!, wanted.Value, wanted.Currency),
            cancellationToken);
        capture.Record(result);
        await operations.FinishAsync(
            LedgerSubject.Capture,
            capture,
            latest => Apply(latest, capture),
            latest =>
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, TransactionRows.Of(latest)),
            ],
            cancellationToken);
        return capture;
    }

    private static void Reserve(PaymentEntity payment, string captureId, Amount amount)
    {
        if (payment.Status != PaymentStatus.Waiting || payment.CaptureInProgress is not null)
        {
            throw ApiException.Conflict(
                "api.payment.not.capturable",
                "Only a held payment can be captured, once.");
        }

        if (amount.Exceeds(payment.Amount))
        {
            throw ApiException.BadRequest("api.capture.too.large", $"At most {payment.Amount} can be captured.");
        }

        payment.CaptureInProgress = captureId;
    }

    private static void Apply(PaymentEntity payment, OperationEntity capture)
    {
        payment.CaptureInProgress = null;
        if (capture.Status == OperationStatus.Completed)
        {
            (payment.Status, payment.StatusChangedAt) = (PaymentStatus.Completed, capture.StatusChangedAt);
            payment.CapturedValue = capture.AmountValue;
        }
    }
}

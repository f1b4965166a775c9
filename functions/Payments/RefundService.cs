using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Money;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Transactions;

namespace MerchantDesk.Payments;

/// <summary>
/// Refunds all or part of a captured payment. The amount is reserved against the payment's refunded total before
/// the acquirer is asked, under the payment's ETag, so concurrent refunds never add up to more than was captured.
/// </summary>
public sealed class RefundService(PaymentOperations operations, IAcquirer acquirer, TimeProvider clock)
{
    public const int MaxReasonLength = 255;

    public async Task<OperationEntity> RefundAsync(
        string siteId,
        string paymentId,
        string refundId,
        Amount? amount,
        string? reason,
        CancellationToken cancellationToken)
    {
        var checkedReason = Require.OptionalText(reason, "reason", MaxReasonLength);
        var payment = await operations.FindPaymentAsync(siteId, paymentId, cancellationToken);
        var wanted = amount ?? payment.Captured.Minus(payment.Refunded);
        var draft = operations.NewOperation(
            siteId,
            LedgerTable.RefundRow(paymentId, refundId),
            refundId,
            paymentId,
            wanted);
        draft.Reason = checkedReason;
        draft.TransactionRow = LedgerTable.TransactionRow(clock.GetUtcNow(), paymentId + ":" + refundId);
        var (reserved, refund, isNew) = await operations.ReserveAsync(
            siteId,
            draft,
            p => Reserve(p, wanted),
            cancellationToken);
        if (!isNew)
        {
            return PaymentOperations.SameOrConflict(refund, wanted, checkedReason);
        }

        var result = await acquirer.RefundAsync(
            new AcquirerOperation(refundId, reserved.AcquirerReference!, wanted.Value, wanted.Currency),
            cancellationToken);
        refund.Record(result);
        await operations.FinishAsync(
            LedgerSubject.Refund,
            refund,
            latest => Apply(latest, refund),
            latest => TransactionWrites(latest, refund),
            cancellationToken);
        return refund;
    }

    public static Amount Refundable(PaymentEntity payment) => payment.Captured.Minus(payment.Refunded);

    private static void Reserve(PaymentEntity payment, Amount amount)
    {
        if (amount.Value <= 0 || amount.Exceeds(Refundable(payment)))
        {
            throw ApiException.Conflict(
                "api.refund.exceeds.refundable",
                $"At most {Refundable(payment)} {payment.Currency} of this payment can be refunded.");
        }

        payment.RefundedValue = payment.Refunded.Plus(amount).ToString();
    }

    // A declined refund gives back the amount it reserved.
    private static void Apply(PaymentEntity payment, OperationEntity refund)
    {
        if (refund.Status == OperationStatus.Declined)
        {
            payment.RefundedValue = payment.Refunded.Minus(refund.Amount).ToString();
        }
    }

    private static TableTransactionAction[] TransactionWrites(PaymentEntity payment, OperationEntity refund) =>
    [
        new(TableTransactionActionType.UpsertReplace, TransactionRows.Of(payment)),
        new(TableTransactionActionType.UpsertReplace, TransactionRows.Of(refund, payment)),
    ];
}

using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Money;
using MerchantDesk.Storage;

namespace MerchantDesk.Payments;

/// <summary>
/// The shared shape of captures and refunds: first reserve the operation against its payment in one entity group
/// transaction guarded by the payment's ETag (so two concurrent refunds can never both fit in what is left), then
/// ask the acquirer, then record its answer. A repeated request with the same id answers the stored operation.
/// </summary>
public sealed class PaymentOperations(
    StorageAccount storage,
    PaymentService payments,
    LedgerEvents events,
    TimeProvider clock)
{
    private TableClient Ledger => storage.Table(LedgerTable.Name);

    public Task<PaymentEntity> FindPaymentAsync(string siteId, string paymentId, CancellationToken cancellationToken) =>
        payments.GetAsync(siteId, paymentId, cancellationToken);

    public async Task<OperationEntity?> FindAsync(string siteId, string rowKey, CancellationToken cancellationToken)
    {
        var found = await Ledger.GetEntityIfExistsAsync<OperationEntity>(
            siteId,
            rowKey,
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Stores <paramref name="operation"/> as pending and applies <paramref name="reserve"/> to its payment, which
    /// throws an <see cref="ApiException"/> to refuse. Retries with the latest payment when another change won.
    /// </summary>
    /// <returns>The operation as stored; an existing one with the same id when it was already there.</returns>
    public async Task<(PaymentEntity Payment, OperationEntity Operation, bool IsNew)> ReserveAsync(
        string siteId,
        OperationEntity operation,
        Action<PaymentEntity> reserve,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var payment = await payments.GetAsync(siteId, operation.PaymentId, cancellationToken);
            if (await FindAsync(siteId, operation.RowKey, cancellationToken) is { } existing)
            {
                return (payment, existing, false);
            }

            reserve(payment);
            TableTransactionAction[] writes =
            [
                new(TableTransactionActionType.UpdateReplace, payment, payment.ETag),
                new(TableTransactionActionType.Add, operation),
            ];
            if (await TrySubmitAsync(writes, cancellationToken))
            {
                operation.ETag = (await FindAsync(siteId, operation.RowKey, cancellationToken))!.ETag;
                return (payment, operation, true);
            }
        }

        throw ApiException.Conflict("api.concurrent.update", "The payment changed too often; try again.");
    }

    /// <summary>
    /// Records the acquirer's answer: the operation, its effect on the payment, any transaction rows and the
    /// <paramref name="subject"/> event, together. Another operation may have changed the payment meanwhile, so the
    /// effect is applied to the latest payment.
    /// </summary>
    public async Task FinishAsync(
        LedgerSubject subject,
        OperationEntity operation,
        Action<PaymentEntity> applyToPayment,
        Func<PaymentEntity, IEnumerable<TableTransactionAction>> alsoWrite,
        CancellationToken cancellationToken)
    {
        operation.StatusChangedAt = clock.GetUtcNow();
        LedgerEventEntity? announced = null;
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var payment = await payments.GetAsync(operation.PartitionKey, operation.PaymentId, cancellationToken);
            applyToPayment(payment);
            TableTransactionAction[] writes =
            [
                new(TableTransactionActionType.UpdateReplace, payment, payment.ETag),
                new(TableTransactionActionType.UpdateReplace, operation, operation.ETag),
                .. alsoWrite(payment),
            ];
            var finished = LedgerEventEntity.Of(subject, operation, payment).Retrying(announced);
            if (await events.TryCommitAsync(writes, [finished], cancellationToken))
            {
                return;
            }

            announced = finished;
        }

        throw ApiException.Conflict("api.concurrent.update", "The payment changed too often; try again.");
    }

    /// <summary>A new pending operation of <paramref name="paymentId"/> for <paramref name="amount"/>.</summary>
    public OperationEntity NewOperation(
        string siteId,
        string rowKey,
        string operationId,
        string paymentId,
        Amount amount) =>
        new()
        {
            PartitionKey = siteId,
            RowKey = rowKey,
            OperationId = operationId,
            PaymentId = paymentId,
            AmountValue = amount.ToString(),
            Currency = amount.Currency,
            Status = OperationStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
            StatusChangedAt = clock.GetUtcNow(),
        };

    /// <summary>A repeated request answers what is stored; a different one with the same id is a conflict.</summary>
    public static OperationEntity SameOrConflict(OperationEntity existing, Amount amount, string? reason)
    {
        if (existing.Amount != amount || existing.Reason != reason)
        {
            throw ApiException.Conflict(
                "api.operation.already.exists",
                $"'{existing.OperationId}' exists with other details; use a new id.");
        }

        return existing;
    }

    private async Task<bool> TrySubmitAsync(TableTransactionAction[] writes, CancellationToken cancellationToken)
    {
        try
        {
            await Ledger.SubmitTransactionAsync(writes, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another change to the payment, or the same operation id, won the race: look again.
            return false;
        }
    }
}

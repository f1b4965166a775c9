using System.Text.Json;
using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Protocol;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Transactions;

namespace MerchantDesk.Payments;

/// <summary>
/// Card payments: authorize through the acquirer, finish 3-D Secure, and record the outcome with its transaction row
/// (and the bill it pays) in one entity group transaction. A PUT repeated with the same id and request answers the
/// payment as it is; the card itself never reaches storage.
/// </summary>
public sealed class PaymentService(
    StorageAccount storage,
    BillService bills,
    SiteKeys sites,
    IAcquirer acquirer,
    LedgerEvents events,
    TimeProvider clock)
{
    private static readonly TimeSpan BillHold = TimeSpan.FromMinutes(15);

    private TableClient Ledger => storage.Table(LedgerTable.Name);

    public async Task<PaymentEntity> PayAsync(
        string merchantId,
        string siteId,
        CardPaymentRequest request,
        CancellationToken cancellationToken)
    {
        EnsureCardUsable(request.Card);
        await EnsureSiteTakesCardsAsync(siteId, cancellationToken);
        var fingerprint = FingerprintOf(request);
        if (await FindAsync(siteId, request.PaymentId, cancellationToken) is { } existing)
        {
            return SameRequestOrConflict(existing, fingerprint);
        }

        var bill = request.BillId is null ? null : await HoldBillAsync(siteId, request, cancellationToken);
        var payment = NewPayment(merchantId, siteId, request, bill, fingerprint);
        if (!await Ledger.TryAddAsync(payment, cancellationToken))
        {
            return SameRequestOrConflict(await GetAsync(siteId, request.PaymentId, cancellationToken), fingerprint);
        }

        var authorization = new AuthorizationRequest(
            payment.PaymentId,
            payment.Amount.Value,
            payment.Currency,
            request.Card,
            payment.CaptureAtOnce);
        var result = await acquirer.AuthorizeAsync(authorization, cancellationToken);
        return await RecordAsync(payment, result, cancellationToken);
    }

    /// <summary>Finishes a payment that waited for the cardholder's 3-D Secure step.</summary>
    public async Task<PaymentEntity> CompleteThreeDsAsync(
        string siteId,
        string paymentId,
        bool confirmed,
        CancellationToken cancellationToken)
    {
        var payment = await GetAsync(siteId, paymentId, cancellationToken);
        if (payment.Status != PaymentStatus.Created || payment.AcquirerReference is null)
        {
            throw ApiException.Conflict(
                "api.payment.not.waiting.for.3ds",
                "The payment is not waiting for 3-D Secure.");
        }

        if (payment.BillId is not null)
        {
            await EnsureBillStillHeldAsync(payment, cancellationToken);
        }

        var completion = new ThreeDsCompletion(paymentId, payment.AcquirerReference, confirmed);
        var result = await acquirer.CompleteThreeDsAsync(completion, cancellationToken);
        return await RecordAsync(payment, result, cancellationToken);
    }

    public async Task<PaymentEntity> GetAsync(string siteId, string paymentId, CancellationToken cancellationToken) =>
        await FindAsync(siteId, paymentId, cancellationToken) ?? throw NotFound(paymentId);

    public async Task<PaymentEntity?> FindAsync(string siteId, string paymentId, CancellationToken cancellationToken)
    {
        var found = await Ledger.GetEntityIfExistsAsync<PaymentEntity>(
            siteId,
            LedgerTable.PaymentRow(paymentId),
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every payment attempt of a bill, oldest first.</summary>
    public async Task<IReadOnlyList<PaymentEntity>> OfBillAsync(
        string siteId,
        string billId,
        CancellationToken cancellationToken)
    {
        var attempts = await Ledger.ReadRowsAsync<TableEntity>(
            siteId,
            LedgerTable.BillPaymentPrefix(billId),
            cancellationToken);
        var payments = await Task.WhenAll(attempts.Select(a =>
            GetAsync(siteId, a.RowKey[LedgerTable.BillPaymentPrefix(billId).Length..], cancellationToken)));
        return payments.OrderBy(p => p.CreatedAt).ToList();
    }

    /// <summary>The refunds of a payment, oldest first.</summary>
    public async Task<IReadOnlyList<OperationEntity>> RefundsOfAsync(
        string siteId,
        string paymentId,
        CancellationToken cancellationToken)
    {
        var refunds = await Ledger.ReadRowsAsync<OperationEntity>(
            siteId,
            LedgerTable.RefundPrefix(paymentId),
            cancellationToken);
        return refunds.OrderBy(r => r.CreatedAt).ToList();
    }

    public static ApiException NotFound(string paymentId) =>
        ApiException.NotFound("api.payment.not.found", $"No payment '{paymentId}' on this site.");

    private void EnsureCardUsable(CardDetails card)
    {
        var problems = CardValidation.ProblemsWith(card, clock);
        if (problems.Count > 0)
        {
            var fields = string.Join(
                "; ",
                problems.Select(p => $"{p.Field.ToString().ToLowerInvariant()}: {p.Message}"));
            throw ApiException.BadRequest("api.card.invalid", "The card was not accepted. " + fields);
        }
    }

    private async Task EnsureSiteTakesCardsAsync(string siteId, CancellationToken cancellationToken)
    {
        var site = await sites.FindSiteAsync(siteId, cancellationToken);
        if (site is null || !PaymentMethodList.Parse(site.PaymentMethods).Contains(PaymentMethod.Card))
        {
            throw ApiException.Forbidden("Card payments are not enabled for this site.");
        }
    }

    // A 3-D Secure step finished after its hold on the bill ran out must not charge a bill someone else paid.
    private async Task EnsureBillStillHeldAsync(PaymentEntity payment, CancellationToken cancellationToken)
    {
        var bill = await bills.GetAsync(payment.SiteId, payment.BillId!, cancellationToken);
        var now = clock.GetUtcNow();
        if (bill.StatusAt(now) != BillStatus.Waiting || bill.HeldByAnotherPayment(payment.PaymentId, now))
        {
            throw ApiException.Conflict(
                "api.invoice.not.payable",
                "The bill was paid, cancelled or expired while this payment waited for 3-D Secure.");
        }
    }

    // Only one payment attempt may hold a bill at a time, so a bill is never charged twice.
    private async Task<BillEntity> HoldBillAsync(
        string siteId,
        CardPaymentRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Ledger.UpdateAsync<BillEntity>(siteId, LedgerTable.BillRow(request.BillId!), bill =>
        {
            BillPayability.Ensure(bill, request, now);
            (bill.PayingPaymentId, bill.PayingUntil) = (request.PaymentId, now + BillHold);
        }, cancellationToken) ?? throw BillService.NotFound(request.BillId!);
    }

    private async Task<PaymentEntity> RecordAsync(
        PaymentEntity payment,
        AuthorizationResult result,
        CancellationToken cancellationToken)
    {
        PaymentOutcome.Apply(payment, result, clock.GetUtcNow());
        var writes = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, payment, payment.ETag),
            new(TableTransactionActionType.UpsertReplace, TransactionRows.Of(payment)),
        };
        var changes = new List<LedgerEventEntity>();
        if (payment.Status != PaymentStatus.Created)
        {
            changes.Add(LedgerEventEntity.Of(payment));
        }

        if (payment.BillId is not null
            && await bills.FindAsync(payment.SiteId, payment.BillId, cancellationToken) is { } bill)
        {
            var statusBefore = bill.Status;
            PaymentOutcome.ApplyTo(bill, payment, clock.GetUtcNow());
            writes.Add(new(TableTransactionActionType.UpdateReplace, bill, bill.ETag));
            var attempt = new TableEntity(payment.SiteId, LedgerTable.BillPaymentRow(bill.BillId, payment.PaymentId));
            writes.Add(new(TableTransactionActionType.UpsertReplace, attempt));
            if (bill.Status != statusBefore)
            {
                changes.Add(LedgerEventEntity.Of(bill));
            }
        }

        if (!await events.TryCommitAsync(writes, changes, cancellationToken))
        {
            throw ApiException.Conflict("api.concurrent.update", "The payment changed meanwhile; read it again.");
        }

        return await GetAsync(payment.SiteId, payment.PaymentId, cancellationToken);
    }

    private PaymentEntity NewPayment(
        string merchantId,
        string siteId,
        CardPaymentRequest request,
        BillEntity? bill,
        string fingerprint)
    {
        var now = clock.GetUtcNow();
        var card = MaskedCard.Of(request.Card.Number);
        var customer = request.Customer ?? CustomerOf(bill);
        return new PaymentEntity
        {
            PartitionKey = siteId,
            RowKey = LedgerTable.PaymentRow(request.PaymentId),
            PaymentId = request.PaymentId,
            MerchantId = merchantId,
            BillId = request.BillId,
            AmountValue = request.Amount.ToString(),
            Currency = request.Amount.Currency,
            Status = PaymentStatus.Created,
            StatusChangedAt = now,
            CaptureAtOnce = request.CaptureAtOnce ?? bill?.HasFlag("SALE") ?? true,
            CardFirst6 = card.First6,
            CardLast4 = card.Last4,
            CardBrand = card.Brand,
            CardHolder = request.Card.Holder?.Trim().ToUpperInvariant(),
            Comment = request.Comment ?? bill?.Comment,
            CustomerEmail = customer.Email?.Trim().ToLowerInvariant(),
            CustomerPhone = BillRules.NormalizePhone(customer.Phone),
            CustomerAccount = customer.Account,
            CustomFields = request.CustomFields is null
                ? bill?.CustomFields
                : JsonSerializer.Serialize(request.CustomFields),
            CallbackUrl = request.CallbackUrl,
            RequestFingerprint = fingerprint,
            CreatedAt = now,
            TransactionRow = LedgerTable.TransactionRow(now, request.PaymentId),
        };
    }

    private static Customer CustomerOf(BillEntity? bill) =>
        new(bill?.CustomerEmail, bill?.CustomerPhone, bill?.CustomerAccount);

    private static PaymentEntity SameRequestOrConflict(PaymentEntity existing, string fingerprint) =>
        existing.RequestFingerprint == fingerprint
            ? existing
            : throw ApiException.Conflict(
                "api.payment.already.exists",
                $"Payment '{existing.PaymentId}' exists with other details; use a new paymentId.");

    // The card enters the fingerprint masked, so it cannot be matched against guessed card numbers.
    private static string FingerprintOf(CardPaymentRequest request) => RequestFingerprint.Of(request with
    {
        Card = request.Card with { Number = MaskedCard.Of(request.Card.Number).Masked, Cvc = "" },
        CustomFields = RequestFingerprint.Sorted(request.CustomFields),
    });
}

using System.Text.Json;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using MerchantDesk.Money;
using MerchantDesk.Payments;
using MerchantDesk.Protocol;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Transactions.Details;

/// <summary>
/// A transaction's details window, read from the ledger itself (the truth, never behind): the payment by a point
/// read, its captures and refunds by one range query each. Another merchant's site or payment is not found.
/// </summary>
public sealed class TransactionDetailsReader(
    StorageAccount storage,
    PaymentService payments,
    MerchantCalendar calendar)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    private TableClient Ledger => storage.Table(LedgerTable.Name);

    public async Task<PaymentDetails> PaymentAsync(
        ProfileCaller caller,
        string siteId,
        string paymentId,
        CancellationToken cancellationToken)
    {
        var payment = await RequirePaymentAsync(caller, siteId, paymentId, cancellationToken);
        return await DetailsOfAsync(payment, cancellationToken);
    }

    public async Task<RefundDetails> RefundAsync(
        ProfileCaller caller,
        string siteId,
        string paymentId,
        string refundId,
        CancellationToken cancellationToken)
    {
        var details = await PaymentAsync(caller, siteId, paymentId, cancellationToken);
        var refund = details.Refunds.FirstOrDefault(r => r.Id == refundId)
            ?? throw ApiException.NotFound("api.refund.not.found", $"No refund '{refundId}' of this payment.");
        return new RefundDetails(refund, details);
    }

    /// <summary>The caller's payment; a malformed id, a foreign site or an unknown payment is a 404.</summary>
    public async Task<PaymentEntity> RequirePaymentAsync(
        ProfileCaller caller,
        string siteId,
        string paymentId,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var payment = ClientIds.IsValid(paymentId)
            ? await payments.FindAsync(siteId, paymentId, cancellationToken)
            : null;
        return payment ?? throw PaymentService.NotFound(paymentId);
    }

    public async Task<PaymentDetails> DetailsOfAsync(PaymentEntity payment, CancellationToken cancellationToken)
    {
        var captures = Ledger.ReadRowsAsync<OperationEntity>(
            payment.SiteId,
            LedgerTable.CapturePrefix(payment.PaymentId),
            cancellationToken);
        var refunds = Ledger.ReadRowsAsync<OperationEntity>(
            payment.SiteId,
            LedgerTable.RefundPrefix(payment.PaymentId),
            cancellationToken);
        return Details(payment, await captures, await refunds);
    }

    private PaymentDetails Details(
        PaymentEntity payment,
        List<OperationEntity> captures,
        List<OperationEntity> refunds) => new(
        payment.SiteId,
        payment.PaymentId,
        payment.BillId,
        payment.Status,
        payment.Status == PaymentStatus.Waiting,
        calendar.Local(payment.CreatedAt),
        Money(payment.Amount),
        Money(payment.Captured),
        Money(payment.Refunded),
        Money(RefundService.Refundable(payment)),
        payment.CardBrand.ToString(),
        payment.CardFirst6.Length == 0 ? null : payment.Card.Masked,
        payment.AuthCode,
        payment.Rrn,
        new CustomerView(payment.CardHolder, payment.CustomerEmail, payment.CustomerPhone, payment.CustomerAccount),
        payment.CustomFields is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, string>>(payment.CustomFields, MerchantDeskJson.Options),
        payment.Comment,
        Decline(payment.DeclineCode, payment.DeclineText),
        Operations(captures),
        Operations(refunds));

    private List<OperationView> Operations(List<OperationEntity> operations) =>
        operations.OrderBy(o => o.CreatedAt).Select(o => new OperationView(
            o.OperationId,
            o.Status,
            Money(o.Amount),
            calendar.Local(o.CreatedAt),
            o.Reason,
            o.Rrn,
            Decline(o.DeclineCode, o.DeclineText))).ToList();

    private static MoneyView Money(Amount amount) => new(amount.ToString(), amount.Currency);

    private static DeclineView? Decline(string? code, string? text) => code is null ? null : new(code, text);
}

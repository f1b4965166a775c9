using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Money;
using MerchantDesk.Payments;
using MerchantDesk.Protocol;
using MerchantDesk.Storage;

namespace MerchantDesk.Transactions.Details;

/// <summary>
/// "Refund" in a transaction's window: the protocol's refund, with its rules and its guarantee that refunds of one
/// payment never add up to more than was captured, asked for by a signed-in user.
/// </summary>
public sealed class ProfileRefunds(TransactionDetailsReader details, RefundService refunds)
{
    public async Task<RefundDetails> RefundAsync(
        ProfileCaller caller,
        string siteId,
        string paymentId,
        ProfileRefundRequest request,
        CancellationToken cancellationToken)
    {
        var reason = Require.Text(request.Reason, "reason", RefundService.MaxReasonLength);
        var refundId = request.RefundId is null ? Keys.NewId("rfd") : ClientIds.Check(request.RefundId, "refundId");
        var payment = await details.RequirePaymentAsync(caller, siteId, paymentId, cancellationToken);
        var amount = request.Amount is { } value ? Amount.Of(value, payment.Currency) : (Amount?)null;
        await refunds.RefundAsync(siteId, paymentId, refundId, amount, reason, cancellationToken);
        return await details.RefundAsync(caller, siteId, paymentId, refundId, cancellationToken);
    }
}

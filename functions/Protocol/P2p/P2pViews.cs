using System.Text.Json;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;

namespace MerchantDesk.Protocol.P2p;

/// <summary>Writes bills and refunds in the bills protocol's exact shapes.</summary>
public sealed class P2pViews(ProtocolTime time, PayLinks payLinks, TimeProvider clock)
{
    public P2pBill Bill(BillEntity bill)
    {
        var status = bill.StatusAt(clock.GetUtcNow());
        var changed = status == bill.Status ? bill.StatusChangedAt : bill.ExpiresAt;
        return new P2pBill(
            bill.SiteId,
            bill.BillId,
            P2pAmount.Of(bill.Amount),
            new P2pStatus(status.ToString().ToUpperInvariant(), time.P2p(changed)),
            WireCustomer.Of(bill.CustomerEmail, bill.CustomerPhone, bill.CustomerAccount),
            bill.CustomFields is null
                ? null
                : JsonSerializer.Deserialize<Dictionary<string, string>>(bill.CustomFields),
            bill.Comment,
            time.P2p(bill.CreatedAt),
            time.P2p(bill.ExpiresAt),
            payLinks.PayUrl(bill.PayKey).AbsoluteUri);
    }

    public P2pRefund Refund(OperationEntity refund, PaymentEntity payment)
    {
        var left = RefundService.Refundable(payment);
        return new P2pRefund(
            P2pAmount.Of(refund.Amount),
            time.P2p(refund.CreatedAt),
            refund.OperationId,
            left.Value == 0 ? "FULL" : "PARTIAL");
    }
}

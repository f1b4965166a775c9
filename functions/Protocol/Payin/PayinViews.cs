using System.Text.Json;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;

namespace MerchantDesk.Protocol.Payin;

/// <summary>Writes bills, payments, captures and refunds in the payin protocol's shapes.</summary>
public sealed class PayinViews(ProtocolTime time, PayLinks payLinks, TimeProvider clock)
{
    public PayinBill Bill(BillEntity bill)
    {
        var now = clock.GetUtcNow();
        var status = bill.StatusAt(now);
        var changed = status == bill.Status ? bill.StatusChangedAt : bill.ExpiresAt;
        return new PayinBill(
            bill.BillId,
            WireAmount.Of(bill.Amount),
            new WireStatus(status.ToString().ToUpperInvariant(), time.Payin(changed)),
            bill.Comment,
            time.Payin(bill.CreatedAt),
            time.Payin(bill.ExpiresAt),
            WireCustomer.Of(bill.CustomerEmail, bill.CustomerPhone, bill.CustomerAccount),
            Fields(bill.CustomFields),
            Flags(bill.Flags),
            payLinks.PayUrl(bill.PayKey).AbsoluteUri);
    }

    public PayinPayment Payment(PaymentEntity payment)
    {
        var card = payment.Card;
        return new PayinPayment(
            payment.PaymentId,
            payment.BillId,
            time.Payin(payment.CreatedAt),
            WireAmount.Of(payment.Amount),
            WireAmount.Of(payment.Captured),
            WireAmount.Of(payment.Refunded),
            new PaymentMethodView(
                "CARD",
                card.Masked,
                card.Brand.ToString().ToUpperInvariant(),
                payment.AuthCode,
                payment.Rrn),
            new WireStatus(
                payment.Status.ToString().ToUpperInvariant(),
                time.Payin(payment.StatusChangedAt),
                payment.DeclineCode,
                payment.DeclineText),
            Requirements(payment),
            WireCustomer.Of(payment.CustomerEmail, payment.CustomerPhone, payment.CustomerAccount),
            payment.Comment,
            Fields(payment.CustomFields),
            payment.CaptureAtOnce ? ["SALE"] : []);
    }

    public PayinCapture Capture(OperationEntity capture) =>
        new(capture.OperationId, time.Payin(capture.CreatedAt), WireAmount.Of(capture.Amount), Status(capture));

    public PayinRefund Refund(OperationEntity refund) =>
        new(
            refund.OperationId,
            time.Payin(refund.CreatedAt),
            WireAmount.Of(refund.Amount),
            Status(refund),
            refund.Reason);

    private WireStatus Status(OperationEntity operation) => new(
        operation.Status == OperationStatus.Pending ? "PROCESSING" : operation.Status.ToString().ToUpperInvariant(),
        time.Payin(operation.StatusChangedAt),
        operation.DeclineCode,
        operation.DeclineText);

    private PaymentRequirements? Requirements(PaymentEntity payment) =>
        payment.Status == PaymentStatus.Created && payment.AcquirerReference is not null
            ? new PaymentRequirements(new ThreeDsRequirement(payLinks.AcsUrl().AbsoluteUri, payment.AcquirerReference))
            : null;

    private static Dictionary<string, string>? Fields(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json);

    private static string[] Flags(string flags) =>
        flags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

using MerchantDesk.Invoices;
using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Payments;

/// <summary>What an acquirer's answer does to a payment and to the bill it pays.</summary>
public static class PaymentOutcome
{
    public static void Apply(PaymentEntity payment, AuthorizationResult result, DateTimeOffset now)
    {
        payment.Status = result.Outcome switch
        {
            AuthorizationOutcome.Captured => PaymentStatus.Completed,
            AuthorizationOutcome.Held => PaymentStatus.Waiting,
            AuthorizationOutcome.Declined => PaymentStatus.Declined,
            _ => PaymentStatus.Created,
        };
        payment.StatusChangedAt = now;
        payment.AcquirerReference = result.AcquirerReference ?? payment.AcquirerReference;
        payment.AuthCode = result.AuthCode;
        payment.Rrn = result.Rrn;
        payment.DeclineCode = result.Decline?.Code;
        payment.DeclineText = result.Decline?.Text;
        if (payment.Status == PaymentStatus.Completed)
        {
            payment.CapturedValue = payment.AmountValue;
        }
    }

    /// <summary>A paid bill records its payment; a declined attempt frees the bill for the next one.</summary>
    public static void ApplyTo(BillEntity bill, PaymentEntity payment, DateTimeOffset now)
    {
        switch (payment.Status)
        {
            case PaymentStatus.Completed or PaymentStatus.Waiting:
                (bill.Status, bill.StatusChangedAt, bill.PaymentId) = (BillStatus.Paid, now, payment.PaymentId);
                (bill.PayingPaymentId, bill.PayingUntil) = (null, null);
                break;
            case PaymentStatus.Declined:
                bill.FailedAttempts++;
                (bill.PayingPaymentId, bill.PayingUntil) = (null, null);
                break;
        }
    }
}

using MerchantDesk.Api;
using MerchantDesk.Invoices;

namespace MerchantDesk.Payments;

/// <summary>Whether a bill may be paid now, by this payment, for this amount.</summary>
public static class BillPayability
{
    public static void Ensure(BillEntity bill, CardPaymentRequest request, DateTimeOffset now)
    {
        var status = bill.StatusAt(now);
        if (status != BillStatus.Waiting)
        {
            throw ApiException.Conflict(
                "api.invoice.not.payable",
                $"The bill is {status.ToString().ToUpperInvariant()} and cannot be paid.");
        }

        if (bill.HeldByAnotherPayment(request.PaymentId, now))
        {
            throw ApiException.Conflict(
                "api.invoice.payment.in.progress",
                "Another payment of this bill is under way.");
        }

        if (request.Amount != bill.Amount)
        {
            throw ApiException.BadRequest(
                "api.amount.mismatch",
                $"The payment must be for the bill's amount, {bill.Amount} {bill.Currency}.");
        }
    }
}

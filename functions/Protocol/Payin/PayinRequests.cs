using System.Globalization;
using MerchantDesk.Api;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;
using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Protocol.Payin;

/// <summary>Turns payin requests into the app's own requests, checking what the wire format alone cannot.</summary>
public static class PayinRequests
{
    public const string Sale = "SALE";

    public static NewBill Bill(string billId, PayinBillRequest request, InvoiceOrigin origin) => new(
        ClientIds.Check(billId, "billId"),
        request.Amount.ToAmount(),
        origin,
        request.Comment,
        request.ExpirationDateTime,
        request.Customer?.ToCustomer(),
        request.CustomFields,
        request.Flags);

    public static CardPaymentRequest Payment(string paymentId, PayinPaymentRequest request)
    {
        var method = request.PaymentMethod;
        if (!string.Equals(method.Type, "CARD", StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("api.payment.method.unsupported", "'paymentMethod.type' must be CARD.");
        }

        var (month, year) = Expiry(method.ExpiryDate);
        return new CardPaymentRequest(
            ClientIds.Check(paymentId, "paymentId"),
            request.Amount.ToAmount(),
            new CardDetails(method.Pan ?? "", month, year, method.Cvv2 ?? "", method.HolderName),
            request.BillId is null ? null : ClientIds.Check(request.BillId, "billId"),
            request.Flags is null ? null : request.Flags.Contains(Sale),
            request.Customer?.ToCustomer(),
            request.Comment,
            request.CustomFields,
            request.CallbackUrl is null ? null : Require.WebUrl(request.CallbackUrl, "callbackUrl"));
    }

    /// <summary><c>MM/YY</c>; an unreadable date becomes month 0, which the card check reports by field.</summary>
    private static (int Month, int Year) Expiry(string? expiry)
    {
        var parts = expiry?.Split('/');
        if (parts is [var month, var year]
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return (m, y);
        }

        return (0, 0);
    }
}

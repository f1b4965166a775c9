using MerchantDesk.Invoices;
using MerchantDesk.Money;
using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Payments;

/// <summary>A card payment as a merchant's server or the payment form asks for it.</summary>
/// <param name="BillId">The bill it pays, if any; the amount must then be the bill's.</param>
/// <param name="CaptureAtOnce">True for a one-step sale (<c>SALE</c> flag); null follows the bill's flags.</param>
public sealed record CardPaymentRequest(
    string PaymentId,
    Amount Amount,
    CardDetails Card,
    string? BillId = null,
    bool? CaptureAtOnce = null,
    Customer? Customer = null,
    string? Comment = null,
    IReadOnlyDictionary<string, string>? CustomFields = null,
    string? CallbackUrl = null);

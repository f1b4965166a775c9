namespace MerchantDesk.Protocol.Payin;

public sealed record PayinBillRequest(
    WireAmount Amount,
    string? Comment = null,
    DateTimeOffset? ExpirationDateTime = null,
    WireCustomer? Customer = null,
    Dictionary<string, string>? CustomFields = null,
    string[]? Flags = null);

public sealed record PayinBill(
    string BillId,
    WireAmount Amount,
    WireStatus Status,
    string? Comment,
    string CreatedDateTime,
    string ExpirationDateTime,
    WireCustomer? Customer,
    IReadOnlyDictionary<string, string>? CustomFields,
    IReadOnlyList<string> Flags,
    string PayUrl);

public sealed record PayinBillDetails(PayinBill Bill, IReadOnlyList<PayinPayment> Payments);

/// <param name="Type">Only <c>CARD</c>.</param>
/// <param name="ExpiryDate">The card's expiry as <c>MM/YY</c>.</param>
public sealed record PaymentMethodRequest(
    string Type,
    string? Pan,
    string? ExpiryDate,
    string? Cvv2,
    string? HolderName);

public sealed record PayinPaymentRequest(
    WireAmount Amount,
    PaymentMethodRequest PaymentMethod,
    string? BillId = null,
    WireCustomer? Customer = null,
    string? Comment = null,
    Dictionary<string, string>? CustomFields = null,
    string[]? Flags = null,
    string? CallbackUrl = null);

public sealed record PaymentMethodView(string Type, string MaskedPan, string CardBrand, string? AuthCode, string? Rrn);

/// <param name="Pareq">Opaque data to post to <paramref name="AcsUrl"/> with the cardholder.</param>
public sealed record ThreeDsRequirement(string AcsUrl, string Pareq);

public sealed record PaymentRequirements(ThreeDsRequirement ThreeDS);

public sealed record PayinPayment(
    string PaymentId,
    string? BillId,
    string CreatedDateTime,
    WireAmount Amount,
    WireAmount CapturedAmount,
    WireAmount RefundedAmount,
    PaymentMethodView PaymentMethod,
    WireStatus Status,
    PaymentRequirements? Requirements,
    WireCustomer? Customer,
    string? Comment,
    IReadOnlyDictionary<string, string>? CustomFields,
    IReadOnlyList<string> Flags);

/// <param name="Pares">The 3-D Secure result from the ACS page; the sandbox's is <c>Y</c> (passed) or <c>N</c>.</param>
public sealed record ThreeDsResult(string Pares);

public sealed record CompletePaymentRequest(ThreeDsResult ThreeDS);

public sealed record CaptureRequest(WireAmount? Amount = null);

public sealed record RefundRequest(WireAmount Amount, string? Reason = null);

public sealed record PayinCapture(string CaptureId, string CreatedDateTime, WireAmount Amount, WireStatus Status);

public sealed record PayinRefund(
    string RefundId,
    string CreatedDateTime,
    WireAmount Amount,
    WireStatus Status,
    string? Reason);

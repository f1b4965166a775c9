namespace MerchantDesk.Payments.Acquiring;

/// <summary>
/// The bank side of a card payment. The built-in <see cref="SandboxAcquirer"/> decides by test card number; a real
/// acquiring gateway implements the same four calls.
/// </summary>
public interface IAcquirer
{
    /// <summary>Authorizes a card payment: approved (held or captured), declined, or awaiting 3-D Secure.</summary>
    Task<AuthorizationResult> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken);

    /// <summary>Finishes an authorization that waited for the cardholder's 3-D Secure step.</summary>
    Task<AuthorizationResult> CompleteThreeDsAsync(ThreeDsCompletion completion, CancellationToken cancellationToken);

    /// <summary>Captures all or part of a held authorization.</summary>
    Task<OperationResult> CaptureAsync(AcquirerOperation operation, CancellationToken cancellationToken);

    /// <summary>Returns all or part of a captured amount to the card.</summary>
    Task<OperationResult> RefundAsync(AcquirerOperation operation, CancellationToken cancellationToken);
}

/// <param name="PaymentId">Our id of the payment; an acquirer sees each id once per attempt.</param>
/// <param name="Amount">The amount in the currency's major units, at most the currency's minor-unit decimals.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>RUB</c>.</param>
/// <param name="Capture">True for a one-step sale; false to hold the amount until captured.</param>
public sealed record AuthorizationRequest(
    string PaymentId,
    decimal Amount,
    string Currency,
    CardDetails Card,
    bool Capture);

/// <summary>What the customer typed; never stored or logged, only its <see cref="MaskedCard"/> is.</summary>
public sealed record CardDetails(string Number, int ExpiryMonth, int ExpiryYear, string Cvc, string? Holder)
{
    // Keeps the number and CVC out of any log or exception message that prints the record.
    public override string ToString() => $"CardDetails {{ {MaskedCard.Of(Number)} }}";
}

/// <param name="AcquirerReference">The acquirer's authorization id, quoted in 3-D Secure, capture and refund.</param>
public sealed record AuthorizationResult(
    AuthorizationOutcome Outcome,
    MaskedCard Card,
    string? AcquirerReference = null,
    string? AuthCode = null,
    string? Rrn = null,
    DeclineReason? Decline = null);

public enum AuthorizationOutcome
{
    /// <summary>Approved and captured (a one-step sale).</summary>
    Captured,

    /// <summary>Approved and held until captured.</summary>
    Held,

    Declined,

    /// <summary>The cardholder must pass 3-D Secure; then call <see cref="IAcquirer.CompleteThreeDsAsync"/>.</summary>
    ThreeDsRequired,
}

/// <param name="Code">A stable reason code, e.g. <c>INSUFFICIENT_FUNDS</c>.</param>
/// <param name="Text">What to show a merchant.</param>
public sealed record DeclineReason(string Code, string Text);

/// <param name="Confirmed">Whether the cardholder passed the 3-D Secure step.</param>
public sealed record ThreeDsCompletion(string PaymentId, string AcquirerReference, bool Confirmed);

/// <param name="OperationId">Our id of the capture or refund.</param>
public sealed record AcquirerOperation(
    string OperationId,
    string AcquirerReference,
    decimal Amount,
    string Currency);

public sealed record OperationResult(bool Succeeded, string? Rrn = null, DeclineReason? Decline = null);

/// <summary>A card as MerchantDesk keeps it: first six and last four digits, and the brand.</summary>
public sealed record MaskedCard(string First6, string Last4, CardBrand Brand)
{
    public string Masked => First6 + "******" + Last4;

    /// <summary>The masked form of a full card number; a number too short to mask keeps no digits at all.</summary>
    public static MaskedCard Of(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 12
            ? new MaskedCard("", "", CardBrand.Unknown)
            : new MaskedCard(digits[..6], digits[^4..], CardBrands.Of(digits));
    }
}

public enum CardBrand
{
    Unknown,
    Visa,
    Mastercard,
    Mir,
}

namespace MerchantDesk.Payments.Acquiring;

/// <summary>The reason codes an acquirer declines with; registers and notifications carry them unchanged.</summary>
public static class DeclineReasons
{
    public static readonly DeclineReason InsufficientFunds = new(
        "INSUFFICIENT_FUNDS",
        "The card does not have enough funds.");

    public static readonly DeclineReason FraudSuspected = new(
        "FRAUD_SUSPECTED",
        "The issuing bank suspects fraud.");

    public static readonly DeclineReason ExpiredCard = new(
        "EXPIRED_CARD",
        "The issuing bank reports that the card has expired.");

    public static readonly DeclineReason DoNotHonor = new(
        "DO_NOT_HONOR",
        "The issuing bank declined the payment without giving a reason.");

    public static readonly DeclineReason ThreeDsFailed = new(
        "THREE_DS_FAILED",
        "The cardholder did not pass 3-D Secure.");

    public static readonly DeclineReason CardNotSupported = new(
        "CARD_NOT_SUPPORTED",
        "The acquirer does not accept this card.");

    public static readonly DeclineReason InvalidAmount = new(
        "INVALID_AMOUNT",
        "The amount must be greater than zero.");

    public static readonly DeclineReason UnknownReference = new(
        "UNKNOWN_REFERENCE",
        "The acquirer has no authorization with this reference.");
}

namespace MerchantDesk.Payments.Acquiring;

/// <summary>What is wrong with one field of the card a customer entered, worded for that customer.</summary>
public sealed record CardProblem(CardField Field, string Message);

/// <summary>
/// The fields of a card. Expiry is one field because the payment form and the protocol both take it as one value
/// (MM/YY); each caller maps these to its own field names.
/// </summary>
public enum CardField
{
    Number,
    Expiry,
    Cvc,
    Holder,
}

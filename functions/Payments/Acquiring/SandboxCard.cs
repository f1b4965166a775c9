namespace MerchantDesk.Payments.Acquiring;

/// <summary>A test card of the sandbox acquirer and what the sandbox does with it.</summary>
/// <param name="Number">Grouped in fours, as the README shows it.</param>
/// <param name="Decline">Why the sandbox declines the card; null when it approves.</param>
/// <param name="AsksForThreeDs">Whether the cardholder must pass 3-D Secure before approval.</param>
public sealed record SandboxCard(string Number, DeclineReason? Decline, bool AsksForThreeDs)
{
    public string Digits => CardNumber.DigitsOf(Number) ?? "";

    public MaskedCard Masked => MaskedCard.Of(Number);

    public static SandboxCard Approving(string number) => new(number, Decline: null, AsksForThreeDs: false);

    public static SandboxCard AskingForThreeDs(string number) => new(number, Decline: null, AsksForThreeDs: true);

    public static SandboxCard Declining(string number, DeclineReason reason) =>
        new(number, reason, AsksForThreeDs: false);
}

namespace MerchantDesk.Payments.Acquiring;

/// <summary>
/// The sandbox acquirer's test cards: the one list the README's table is copied from. Expiry, CVC and holder do not
/// matter. Every other number, Luhn-valid or not, is declined with CARD_NOT_SUPPORTED, so a real card typed into a
/// sandbox by mistake can never look paid.
/// </summary>
public static class SandboxCards
{
    public static IReadOnlyList<SandboxCard> All { get; } =
    [
        SandboxCard.Approving("4111 1111 1111 1111"),
        SandboxCard.Approving("5555 5555 5555 4444"),
        SandboxCard.Approving("2223 0031 2200 3222"),
        SandboxCard.Approving("2200 0000 0000 0004"),
        SandboxCard.AskingForThreeDs("4000 0000 0000 3220"),
        SandboxCard.AskingForThreeDs("2200 0000 0000 0012"),
        SandboxCard.Declining("4000 0000 0000 9995", DeclineReasons.InsufficientFunds),
        SandboxCard.Declining("4100 0000 0000 0019", DeclineReasons.FraudSuspected),
        SandboxCard.Declining("4000 0000 0000 0069", DeclineReasons.ExpiredCard),
        SandboxCard.Declining("5105 1051 0510 5100", DeclineReasons.DoNotHonor),
    ];

    /// <summary>The test card with this number as typed, or null when it is not one.</summary>
    public static SandboxCard? Find(string number) =>
        CardNumber.DigitsOf(number) is { } digits ? All.FirstOrDefault(card => card.Digits == digits) : null;

    /// <summary>The test card these first six and last four digits belong to; no two test cards share them.</summary>
    public static SandboxCard? Find(MaskedCard card) =>
        All.FirstOrDefault(test => test.Masked.First6 == card.First6 && test.Masked.Last4 == card.Last4);
}

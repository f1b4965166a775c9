namespace MerchantDesk.Payments.Acquiring;

/// <summary>
/// The checks a card passes before it is sent to the acquirer, one problem per field, so the payment form and the
/// protocol can show each next to its field. Bad input is an answer here, never an exception.
/// </summary>
public static class CardValidation
{
    private const int MinNumberLength = 12;
    private const int MaxNumberLength = 19;
    private const int CvcLength = 3;
    private const int MaxHolderLength = 100;

    // Issuers print expiry dates a few years ahead; a date further out than this is a typo, not a card.
    private const int MaxYearsAhead = 20;

    /// <summary>Every problem with <paramref name="card"/>; none means it may be sent to the acquirer.</summary>
    public static IReadOnlyList<CardProblem> ProblemsWith(CardDetails card, TimeProvider timeProvider)
    {
        CardProblem?[] problems =
        [
            NumberProblem(card.Number),
            ExpiryProblem(card.ExpiryMonth, card.ExpiryYear, timeProvider.GetUtcNow()),
            CvcProblem(card.Cvc),
            HolderProblem(card.Holder),
        ];
        return [.. problems.OfType<CardProblem>()];
    }

    private static CardProblem? NumberProblem(string? number)
    {
        var digits = CardNumber.DigitsOf(number);
        if (digits is null || digits.Length is < MinNumberLength or > MaxNumberLength)
        {
            return new(CardField.Number, $"Enter the card number: {MinNumberLength} to {MaxNumberLength} digits.");
        }

        return Luhn.IsValid(digits) ? null : new(CardField.Number, "Check the card number: it has a typo.");
    }

    private static CardProblem? ExpiryProblem(int month, int year, DateTimeOffset now)
    {
        if (month is < 1 or > 12)
        {
            return new(CardField.Expiry, "Enter the expiry month as a number from 1 to 12.");
        }

        if (FullYear(year) is not { } fullYear)
        {
            return new(CardField.Expiry, "Enter the expiry year as 2 or 4 digits.");
        }

        // A card is good through the last day of its expiry month. UTC decides which month it is: near midnight
        // the issuer, which knows its own clock, still declines a card that has just expired.
        var current = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        var expiry = new DateOnly(fullYear, month, 1);
        if (expiry < current)
        {
            return new(CardField.Expiry, "The card has expired.");
        }

        return expiry.Year > current.Year + MaxYearsAhead
            ? new(CardField.Expiry, "Check the expiry year: it is too far in the future.")
            : null;
    }

    // Cards print two digits (25 means 2025); people also type all four.
    private static int? FullYear(int year) => year switch
    {
        >= 0 and <= 99 => 2000 + year,
        >= 1000 and <= 9999 => year,
        _ => null,
    };

    // Visa, Mastercard and Mir all use three digits; four-digit codes belong to American Express, which the
    // acquirer does not accept.
    private static CardProblem? CvcProblem(string? cvc) =>
        cvc is { Length: CvcLength } && cvc.All(char.IsAsciiDigit)
            ? null
            : new(CardField.Cvc, $"Enter the {CvcLength}-digit security code from the back of the card.");

    private static CardProblem? HolderProblem(string? holder)
    {
        if (string.IsNullOrWhiteSpace(holder))
        {
            return null;
        }

        if (holder.Length > MaxHolderLength)
        {
            return new(CardField.Holder, $"The cardholder name may have at most {MaxHolderLength} characters.");
        }

        return holder.All(character => char.IsLetter(character) || character is ' ' or '.' or '-' or '\'')
            ? null
            : new(CardField.Holder, "The cardholder name may have only letters, spaces, dots, hyphens, apostrophes.");
    }
}

namespace MerchantDesk.Payments.Acquiring;

/// <summary>A card number as people type it: digits, maybe grouped with spaces or dashes.</summary>
public static class CardNumber
{
    /// <summary>The digits of <paramref name="input"/>; null if it has anything but digits, spaces, dashes.</summary>
    public static string? DigitsOf(string? input)
    {
        if (input is null || !input.All(character => char.IsAsciiDigit(character) || character is ' ' or '-'))
        {
            return null;
        }

        return new string([.. input.Where(char.IsAsciiDigit)]);
    }
}

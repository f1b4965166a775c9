using System.Globalization;

namespace MerchantDesk.Payments.Acquiring;

/// <summary>Tells a card's brand from the leading digits of its number (the issuer identification prefix).</summary>
public static class CardBrands
{
    /// <summary>The brand of <paramref name="digits"/>; six leading digits are enough.</summary>
    public static CardBrand Of(string digits) => digits switch
    {
        ['4', ..] => CardBrand.Visa,
        _ when PrefixIn(digits, 2, 51, 55) || PrefixIn(digits, 4, 2221, 2720) => CardBrand.Mastercard,
        _ when PrefixIn(digits, 4, 2200, 2204) => CardBrand.Mir,
        _ => CardBrand.Unknown,
    };

    private static bool PrefixIn(string digits, int length, int low, int high) =>
        digits.Length >= length
        && int.TryParse(digits.AsSpan(0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
        && prefix >= low
        && prefix <= high;
}

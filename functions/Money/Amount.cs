using System.Globalization;
using MerchantDesk.Api;

namespace MerchantDesk.Money;

/// <summary>
/// A positive amount of money in a supported currency, held as <c>decimal</c> at the currency's scale, so
/// <c>10</c> and <c>10.00</c> are the same amount and print as <c>10.00</c>.
/// </summary>
public readonly record struct Amount
{
    private const decimal Largest = 1_000_000_000m;

    private Amount(decimal value, string currency) => (Value, Currency) = (value, currency);

    public decimal Value { get; }

    public string Currency { get; }

    /// <summary>A checked amount from a request; anything invalid is a 400 naming <paramref name="field"/>.</summary>
    public static Amount Of(decimal value, string? currency, string field = "amount")
    {
        if (!Currencies.IsSupported(currency))
        {
            throw ApiException.BadRequest(
                "api.currency.unsupported",
                $"'{field}.currency' must be one of {string.Join(", ", Currencies.Codes)}.");
        }

        var decimals = Currencies.DecimalsOf(currency!);
        if (!IsValid(value, currency!))
        {
            throw ApiException.BadRequest(
                "api.amount.invalid",
                $"'{field}.value' must be positive, at most {Largest:0}, with at most {decimals} decimals.");
        }

        return new Amount(AtScale(value, decimals), currency!);
    }

    /// <summary>Whether the value is positive, at most a billion, and at the scale of a supported currency.</summary>
    public static bool IsValid(decimal value, string currency)
    {
        var decimals = Currencies.DecimalsOf(currency);
        return value > 0 && value <= Largest && decimal.Round(value, decimals) == value;
    }

    /// <summary>An amount read back from storage, where it was written by <see cref="ToString"/>.</summary>
    public static Amount Stored(string value, string currency)
    {
        var parsed = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new Amount(AtScale(parsed, Currencies.DecimalsOf(currency)), currency);
    }

    public static Amount Zero(string currency) => new(AtScale(0m, Currencies.DecimalsOf(currency)), currency);

    public Amount Plus(Amount other) => new(AtScale(Value + Same(other).Value, Scale), Currency);

    public Amount Minus(Amount other) => new(AtScale(Value - Same(other).Value, Scale), Currency);

    public bool Exceeds(Amount other) => Value > Same(other).Value;

    /// <summary>The value at the currency's scale, invariant: <c>200.34</c>.</summary>
    public override string ToString() => Value.ToString("F" + Scale, CultureInfo.InvariantCulture);

    private int Scale => Currencies.DecimalsOf(Currency);

    private Amount Same(Amount other) => other.Currency == Currency
        ? other
        : throw ApiException.BadRequest("api.currency.mismatch", $"The amount must be in {Currency}.");

    private static decimal AtScale(decimal value, int decimals) =>
        decimal.Round(value, decimals) + new decimal(0, 0, 0, false, (byte)decimals);
}

namespace MerchantDesk.Money;

/// <summary>The ISO 4217 currencies MerchantDesk accepts, with their minor units.</summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["RUB"] = 2,
        ["KZT"] = 2,
        ["USD"] = 2,
        ["EUR"] = 2,
    };

    public static IEnumerable<string> Codes => MinorUnits.Keys;

    public static bool IsSupported(string? code) => code is not null && MinorUnits.ContainsKey(code);

    /// <summary>How many decimals an amount in <paramref name="code"/> may have.</summary>
    public static int DecimalsOf(string code) => MinorUnits[code];
}

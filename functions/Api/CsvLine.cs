namespace MerchantDesk.Api;

/// <summary>One CSV line: fields quoted where RFC 4180 needs it, and guarded against spreadsheet formulas.</summary>
public static class CsvLine
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Of(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = StartsAFormula(value) ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    // A customer's name or a custom field that starts like a formula would run as one in a spreadsheet. Signed
    // numbers and phones ("+79991234567", "-5") are data, not formulas, and stay as they are.
    private static bool StartsAFormula(string value) =>
        value[0] is '=' or '@' or '\t' or '\r'
        || (value[0] is '+' or '-' && (value.Length == 1 || !char.IsAsciiDigit(value[1])));
}

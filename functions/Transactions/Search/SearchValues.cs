using System.Text.RegularExpressions;
using MerchantDesk.Api;

namespace MerchantDesk.Transactions.Search;

/// <summary>
/// One form per searched value, used both when a transaction is indexed and when it is searched for: emails and
/// names ignore case, phones are digits, card numbers are first six and last four digits.
/// </summary>
public static partial class SearchValues
{
    public const int MaxLength = 255;

    /// <summary>The value in its searched form, or null when it cannot match any transaction.</summary>
    public static string? TryNormalize(SearchAttribute attribute, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return null;
        }

        return attribute switch
        {
            SearchAttribute.CardNumber => CardPattern(text),
            SearchAttribute.Phone => Phone(text),
            SearchAttribute.Email => text.ToLowerInvariant(),
            SearchAttribute.AuthCode => text.ToUpperInvariant(),
            SearchAttribute.CustomerName => Whitespace().Replace(text, " ").ToUpperInvariant(),
            _ => text,
        };
    }

    /// <summary>Like <see cref="TryNormalize"/>, answering 400 for a value no transaction can have.</summary>
    public static string Normalize(SearchAttribute attribute, string? value) =>
        TryNormalize(attribute, value) ?? throw ApiException.BadRequest(
            "api.search.value.invalid",
            attribute == SearchAttribute.CardNumber
                ? "Search a card by its first six digits, '*' and its last four, or both: 411111, *1111, 411111*1111."
                : $"'search' must be a valid {attribute} of 1 to {MaxLength} characters.");

    // "4111 11", "411111******1111", "*1111" and a whole card number all come down to first six and last four.
    private static string? CardPattern(string text)
    {
        var compact = Separators().Replace(text, "");
        var match = CardShape().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var (first, last) = (match.Groups["first"].Value, match.Groups["last"].Value);
        if (match.Groups["whole"].Success)
        {
            (first, last) = (first[..6], first[^4..]);
        }

        return last.Length == 0 ? first : first + "*" + last;
    }

    private static string? Phone(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return PhoneShape().IsMatch(text) && digits.Length is >= 7 and <= 15 ? "+" + digits : null;
    }

    [GeneratedRegex(@"^(?:(?<first>\d{6})(?:\*+(?<last>\d{4}))?|\*+(?<last>\d{4})|(?<whole>)(?<first>\d{12,19}))$")]
    private static partial Regex CardShape();

    [GeneratedRegex(@"[\s-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\+?[\d\s\-()]+$")]
    private static partial Regex PhoneShape();
}

using System.Globalization;
using System.Text.RegularExpressions;
using MerchantDesk.Invoices;
using MerchantDesk.Money;

namespace MerchantDesk.Telegram;

/// <summary>The arguments of <c>/invoice 1500.50 Comment</c>: an amount in roubles and an optional comment.</summary>
public sealed partial record InvoiceCommand(Amount Amount, string? Comment)
{
    public const string Currency = "RUB";

    /// <summary>The command, or the answer that says what is wrong with it.</summary>
    public static (InvoiceCommand? Command, string? Problem) Parse(string argument)
    {
        var parts = argument.Split(
            (char[]?)null,
            2,
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var comment = parts.Length > 1 ? parts[1] : null;
        return AmountOf(parts.FirstOrDefault() ?? "") is not { } amount ? (null, BotTexts.AmountNotValid)
            : !CommentFits(comment) ? (null, BotTexts.CommentTooLong)
            : (new InvoiceCommand(amount, comment), null);
    }

    public static bool CommentFits(string? comment) => !(comment?.Length > BillRules.MaxCommentLength);

    /// <summary>
    /// Digits with a point or a comma, as people type amounts; no sign, exponent or grouping. Null when it is not
    /// a positive amount of roubles the invoices take.
    /// </summary>
    public static Amount? AmountOf(string text)
    {
        if (!AmountPattern().IsMatch(text))
        {
            return null;
        }

        var value = decimal.Parse(
            text.Replace(',', '.'),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
        return Amount.IsValid(value, Currency) ? Amount.Of(value, Currency) : null;
    }

    [GeneratedRegex(@"^[0-9]{1,10}([.,][0-9]{1,10})?$")]
    private static partial Regex AmountPattern();
}

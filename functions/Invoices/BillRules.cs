using System.Text.RegularExpressions;
using MerchantDesk.Accounts;
using MerchantDesk.Api;

namespace MerchantDesk.Invoices;

/// <summary>What a bill may hold, checked before it is stored.</summary>
public static partial class BillRules
{
    public const int MaxCommentLength = 255;
    public const int MaxCustomFields = 20;
    public const int MaxCustomFieldKeyLength = 64;
    public const int MaxCustomFieldValueLength = 255;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(45);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);
    public static readonly string[] KnownFlags = ["SALE"];

    public static void Check(NewBill bill, DateTimeOffset now)
    {
        Require.OptionalText(bill.Comment, "comment", MaxCommentLength);
        CheckExpiry(bill.ExpiresAt, now);
        CheckCustomer(bill.Customer);
        CheckCustomFields(bill.CustomFields);
        if (bill.Flags?.FirstOrDefault(flag => !KnownFlags.Contains(flag)) is { } unknown)
        {
            throw ApiException.BadRequest("api.flags.invalid", $"Unknown flag '{unknown}'; known: SALE.");
        }
    }

    /// <summary>A phone as digits with a leading +, so one number is found however it was typed.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return PhoneShape().IsMatch(phone) && digits.Length is >= 7 and <= 15
            ? "+" + digits
            : throw ApiException.BadRequest("api.customer.phone.invalid", "'customer.phone' is not a phone number.");
    }

    private static void CheckExpiry(DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt is { } at && (at <= now || at > now + MaxLifetime))
        {
            throw ApiException.BadRequest(
                "api.expiration.invalid",
                "'expirationDateTime' must be in the future and within a year.");
        }
    }

    private static void CheckCustomer(Customer? customer)
    {
        if (customer?.Email is { Length: > 0 } email)
        {
            EmailAddress.Normalize(email, "customer.email");
        }

        NormalizePhone(customer?.Phone);
        Require.OptionalText(customer?.Account, "customer.account", 255);
    }

    private static void CheckCustomFields(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null)
        {
            return;
        }

        var tooMany = fields.Count > MaxCustomFields;
        var badEntry = fields.Any(f => f.Key.Length is 0 or > MaxCustomFieldKeyLength
            || f.Value is null || f.Value.Length > MaxCustomFieldValueLength);
        if (tooMany || badEntry)
        {
            throw ApiException.BadRequest(
                "api.custom.fields.invalid",
                $"'customFields' takes at most {MaxCustomFields} entries, keys up to {MaxCustomFieldKeyLength} "
                + $"and values up to {MaxCustomFieldValueLength} characters.");
        }
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial Regex PhoneShape();
}

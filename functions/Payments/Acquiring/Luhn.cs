namespace MerchantDesk.Payments.Acquiring;

/// <summary>The Luhn (mod 10) check digit that every payment card number carries, which catches most typos.</summary>
public static class Luhn
{
    public static bool IsValid(string digits)
    {
        var sum = 0;
        for (var position = 0; position < digits.Length; position++)
        {
            var digit = digits[^(position + 1)] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            var doubled = position % 2 == 1;
            sum += doubled ? SumOfDigits(2 * digit) : digit;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    private static int SumOfDigits(int value) => value > 9 ? value - 9 : value;
}

using System.Globalization;
using MerchantDesk.Storage;

namespace MerchantDesk.Registers;

/// <summary>
/// Register ids sort newest first by their first day (a row key is the id), and a daily register's id is its day's,
/// so building the same day twice names the same register.
/// </summary>
public static class RegisterIds
{
    public static string Daily(DateOnly day) => Prefix(day) + "daily";

    public static string OnDemand(DateOnly from) => Prefix(from) + Keys.NewId("od")[3..];

    private static string Prefix(DateOnly day)
    {
        var number = day.Year * 10_000 + day.Month * 100 + day.Day;
        return "r" + (99_999_999 - number).ToString("D8", CultureInfo.InvariantCulture) + "-";
    }
}

using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Registers;

/// <summary>The daily register mailing: when it runs, what an empty day sends, how big a file may travel.</summary>
public sealed class RegistersOptions
{
    public const string Section = "Registers";

    /// <summary>The setting the daily timer reads its schedule from, as the Functions host names it.</summary>
    public const string ScheduleSetting = "%Registers:DailySchedule%";

    /// <summary>
    /// Six-field NCRONTAB (seconds first), evaluated in UTC: the Functions host on Linux ignores
    /// WEBSITE_TIME_ZONE. 03:00 UTC is 06:00 in Moscow, the default merchant time zone; move it with the zone.
    /// </summary>
    [Required]
    [RegularExpression(@"^\S+( \S+){5}$", ErrorMessage = "must be a six-field NCRONTAB expression")]
    public string DailySchedule { get; set; } = "0 0 3 * * *";

    /// <summary>Whether a day without transactions still mails a short "no transactions" note.</summary>
    public bool MailEmptyDays { get; set; } = true;

    /// <summary>A CSV larger than this is attached zipped.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int ZipAboveBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// A file (zipped or not) larger than this is not attached; the mail links to the profile's download instead.
    /// 7 MiB grows to under 10 MB in Base64, the Azure Communication Services message limit.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int AttachUpToBytes { get; set; } = 7 * 1024 * 1024;
}

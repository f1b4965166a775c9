using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Hosting;

/// <summary>Settings that describe this deployment as a whole.</summary>
public sealed class MerchantDeskOptions : IValidatableObject
{
    public const string Section = "MerchantDesk";

    /// <summary>Where people and merchants' servers reach the app; links in mail and pay URLs start here.</summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>IANA time zone of "Today" filters, register days and the daily mailing.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Moscow";

    /// <summary>Largest JSON request body the APIs accept.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("must be an absolute URL", [nameof(PublicBaseUrl)]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known time zone", [nameof(TimeZone)]);
        }
    }
}

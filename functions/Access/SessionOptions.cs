using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Access;

/// <summary>How long a signed-in session lasts.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session unused this long ends.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}

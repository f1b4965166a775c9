using Microsoft.Extensions.Options;

namespace MerchantDesk.Hosting;

/// <summary>Days as the merchant lives them: "Today" and register days begin at midnight in their time zone.</summary>
public sealed class MerchantCalendar(IOptions<MerchantDeskOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    /// <summary>The moment <paramref name="day"/> begins in the merchant's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);

        // Where a clock change skips midnight, the day begins at the first moment that exists.
        while (_zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight));
    }
}

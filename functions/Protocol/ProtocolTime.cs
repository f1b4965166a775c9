using System.Globalization;
using MerchantDesk.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Protocol;

/// <summary>Times as the protocols write them: ISO 8601 with the merchant time zone's offset.</summary>
public sealed class ProtocolTime(IOptions<MerchantDeskOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The payin protocol's form: <c>2026-12-03T14:30:00+03:00</c>.</summary>
    public string Payin(DateTimeOffset at) =>
        Local(at).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The bills protocol's form, with milliseconds: <c>2026-12-03T14:30:00.123+03:00</c>.</summary>
    public string P2p(DateTimeOffset at) =>
        Local(at).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);
}

using MerchantDesk.Hosting;

namespace MerchantDesk.Invoices;

/// <summary>The customer-facing URLs of the hosted payment form, built from the public base URL.</summary>
public sealed class PayLinks(PublicUrls urls)
{
    /// <summary>A bill's pay URL: the payment form for that bill.</summary>
    public Uri PayUrl(string payKey) => urls.At("pay/" + payKey);

    /// <summary>The sandbox 3-D Secure page (the acquirer's ACS in production).</summary>
    public Uri AcsUrl() => urls.At("sandbox/acs");

    /// <summary>Where the sandbox 3-D Secure page returns the cardholder to, for a bill paid on the form.</summary>
    public Uri ThreeDsReturn(string payKey) => urls.At("pay/" + payKey + "/3ds");
}

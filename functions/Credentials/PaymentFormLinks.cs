using MerchantDesk.Hosting;

namespace MerchantDesk.Credentials;

/// <summary>Links to the hosted payment form.</summary>
public sealed class PaymentFormLinks(PublicUrls urls)
{
    /// <summary>The site's payment form, where the customer enters the amount: what its QR code opens.</summary>
    public Uri ForSite(string publicKey) => urls.At("create?publicKey=" + Uri.EscapeDataString(publicKey));
}

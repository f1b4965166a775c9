using MerchantDesk.Hosting;

namespace MerchantDesk.Email;

/// <summary>Links in mail, built from the public base URL.</summary>
public sealed class ProfileLinks(PublicUrls urls)
{
    /// <summary>
    /// The page that confirms an email address and sets a password. The token travels in the fragment, which
    /// browsers never send to a server, so it stays out of access logs and Referer headers.
    /// </summary>
    public Uri SetPassword(string token) => urls.At("profile/set-password#token=" + Uri.EscapeDataString(token));
}

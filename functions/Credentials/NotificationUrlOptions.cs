namespace MerchantDesk.Credentials;

/// <summary>
/// Which notification URLs merchants may set. Both default to false, as they must be in Azure: notifications are
/// then sent only over https to public addresses, never into the app's own network. Local development and tests,
/// whose receivers listen on http://127.0.0.1, set both to true.
/// </summary>
public sealed class NotificationUrlOptions
{
    public const string Section = "Notifications";

    /// <summary>Accept http:// URLs, not only https://.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Accept URLs whose host is or resolves to a private, loopback or link-local address.</summary>
    public bool AllowPrivateAddresses { get; set; }
}

using MerchantDesk.Sites;

namespace MerchantDesk.Credentials;

/// <summary>The Settings tab of a service: its sites, each with its keys' public parts and its API tokens.</summary>
/// <param name="TelegramBotUrl">"Create invoice": the payment bot's chat; null when there is no bot.</param>
public sealed record ServiceSettingsView(
    string ServiceId,
    string Name,
    IReadOnlyList<SiteSettingsView> Sites,
    string? TelegramBotUrl);

public sealed record SiteSettingsView(
    string SiteId,
    string Name,
    string Url,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    string PublicKey,
    string? NotificationUrl,
    IReadOnlyList<ApiTokenView> ApiTokens);

/// <param name="PublicKey">Names the site to the hosted payment form; not a secret.</param>
/// <param name="PaymentFormUrl">The site's payment form, where the customer enters the amount.</param>
/// <param name="NotificationKey">The secret that signs server notifications; keep it on your server only.</param>
public sealed record SiteKeysView(
    string SiteId,
    string PublicKey,
    string PaymentFormUrl,
    string NotificationKey,
    string? NotificationUrl);

public sealed record NotificationKeyView(string NotificationKey);

/// <param name="Url">Where server notifications are posted; null or absent stops them.</param>
public sealed record NotificationUrlRequest(string? Url = null);

public sealed record NotificationUrlView(string? NotificationUrl);

namespace MerchantDesk.Notifications;

/// <summary>Where a notification goes.</summary>
public enum TargetKind
{
    /// <summary>The site's notification URL, read again at each attempt so a corrected URL takes effect.</summary>
    SiteUrl,

    /// <summary>The payment's <c>callbackUrl</c> or the bill's <c>invoice_callback_url</c> custom field.</summary>
    CallbackUrl,
}

/// <param name="Url">The URL to post to; for <see cref="TargetKind.SiteUrl"/>, the site's URL at fan-out.</param>
public sealed record NotificationTarget(TargetKind Kind, string Url);

namespace MerchantDesk.Notifications;

/// <summary>Which protocol's body and signature header a notification carries.</summary>
public enum NotificationFormat
{
    /// <summary>Payments, captures and refunds: <c>{"payment": …, "type": "PAYMENT", "version": "1"}</c>.</summary>
    Payin,

    /// <summary>Bills: <c>{"bill": …, "version": "1"}</c>.</summary>
    P2p,
}

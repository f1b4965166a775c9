namespace MerchantDesk.Notifications;

/// <summary>Where a notification delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Not yet accepted by the receiver; an attempt is due or scheduled.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt of the retry schedule failed; only a redelivery tries again.</summary>
    Failed,
}

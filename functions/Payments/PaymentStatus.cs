namespace MerchantDesk.Payments;

/// <summary>A card payment's state, in the payin protocol's words.</summary>
public enum PaymentStatus
{
    /// <summary>Waiting for the cardholder's 3-D Secure step; no completed attempt yet.</summary>
    Created,

    /// <summary>Authorized and held until captured.</summary>
    Waiting,

    /// <summary>Captured: the money is the merchant's.</summary>
    Completed,

    Declined,
}

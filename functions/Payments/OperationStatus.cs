namespace MerchantDesk.Payments;

/// <summary>A capture's or refund's state.</summary>
public enum OperationStatus
{
    /// <summary>Reserved against the payment; the acquirer has not answered yet.</summary>
    Pending,

    Completed,

    Declined,
}

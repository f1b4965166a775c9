namespace MerchantDesk.Invoices;

/// <summary>A bill's state in the protocols' words.</summary>
public enum BillStatus
{
    /// <summary>Not paid yet; still payable, also after failed attempts.</summary>
    Waiting,

    Paid,

    /// <summary>Not paid before its expiry.</summary>
    Expired,

    /// <summary>Cancelled by the merchant.</summary>
    Rejected,
}

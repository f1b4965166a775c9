namespace MerchantDesk.Invoices;

/// <summary>An invoice's status in the Account Profile's words (the partner guide's "Invoice statuses").</summary>
public enum InvoiceStatus
{
    Paid,

    /// <summary>Waiting, before its expiry, with no failed payment attempt.</summary>
    AwaitingPayment,

    /// <summary>Waiting, before its expiry, after one or more failed payment attempts: still payable.</summary>
    InProcessOfPayment,

    /// <summary>Not paid before its expiry.</summary>
    Expired,

    /// <summary>Cancelled by the merchant.</summary>
    Rejected,

    /// <summary>Could not be issued; <see cref="BillEntity.CreationError"/> says why.</summary>
    Error,
}

namespace MerchantDesk.Transactions;

public enum TransactionKind
{
    Payment,
    Refund,
}

/// <summary>A transaction's state as the Transactions tab shows it.</summary>
public enum TransactionStatus
{
    /// <summary>The payment or refund went through (a held payment too, shown as on hold).</summary>
    Successful,

    /// <summary>No completed payment attempt yet, e.g. the customer left the 3-D Secure page.</summary>
    New,

    /// <summary>Rejected; the decline reason says why.</summary>
    Declined,
}

namespace MerchantDesk.Invoices;

/// <summary>Derives the profile's <see cref="InvoiceStatus"/> from a bill.</summary>
public static class InvoiceStatuses
{
    /// <summary>
    /// The status the bill's stored fields give. A waiting bill turns Expired when its time runs out, which changes
    /// nothing stored, so <see cref="At"/> applies the clock on top.
    /// </summary>
    public static InvoiceStatus Stored(BillEntity bill) =>
        bill.CreationError is not null ? InvoiceStatus.Error : bill.Status switch
        {
            BillStatus.Paid => InvoiceStatus.Paid,
            BillStatus.Expired => InvoiceStatus.Expired,
            BillStatus.Rejected => InvoiceStatus.Rejected,
            _ when bill.FailedAttempts > 0 => InvoiceStatus.InProcessOfPayment,
            _ => InvoiceStatus.AwaitingPayment,
        };

    /// <summary>A stored status as of <paramref name="now"/>: a payable one past its expiry has expired.</summary>
    public static InvoiceStatus At(InvoiceStatus stored, DateTimeOffset expiresAt, DateTimeOffset now) =>
        IsPayable(stored) && now >= expiresAt ? InvoiceStatus.Expired : stored;

    /// <summary>The statuses under which a bill may still be paid until it expires.</summary>
    public static bool IsPayable(InvoiceStatus stored) =>
        stored is InvoiceStatus.AwaitingPayment or InvoiceStatus.InProcessOfPayment;
}

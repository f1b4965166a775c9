namespace MerchantDesk.Transactions.Search;

/// <summary>What the Transactions tab's search string is matched against, as the partner guide lists it.</summary>
public enum SearchAttribute
{
    TransactionId,
    InvoiceId,

    /// <summary>First six digits, <c>*</c> and the last four, or both: <c>411111</c>, <c>*1111</c>.</summary>
    CardNumber,
    AuthCode,
    CustomerName,
    Email,
    Phone,

    /// <summary>The value of any custom field.</summary>
    CustomField,
}

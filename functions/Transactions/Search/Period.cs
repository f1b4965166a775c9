namespace MerchantDesk.Transactions.Search;

/// <summary>The Transactions tab's ready-made periods, in the merchant's time zone.</summary>
public enum Period
{
    Today,
    Yesterday,

    /// <summary>Today and the six days before.</summary>
    Week,

    /// <summary>Today and the 29 days before.</summary>
    Month,
}

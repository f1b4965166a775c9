namespace MerchantDesk.Invoices;

/// <summary>Who is asked to pay: all optional, as the protocols allow.</summary>
public sealed record Customer(string? Email = null, string? Phone = null, string? Account = null);

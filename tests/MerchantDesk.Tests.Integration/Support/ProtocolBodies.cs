namespace MerchantDesk.Tests.Support;

/// <summary>Request bodies of the protocols, as a merchant's server writes them.</summary>
public static class ProtocolBodies
{
    public static object MoneyOf(string value, string currency = "RUB") => new { currency, value };

    /// <summary>A card payment, for a bill when <paramref name="billId"/> is given; SALE charges at once.</summary>
    public static object PaymentBody(
        string value,
        string pan,
        string? billId = null,
        bool sale = false,
        string currency = "RUB") => new
    {
        billId,
        amount = MoneyOf(value, currency),
        paymentMethod = TestCards.PaymentMethod(pan),
        flags = sale ? new[] { "SALE" } : Array.Empty<string>(),
    };

    /// <summary>The path of a bill in the bills protocol, or of what is below it (<c>/reject</c>).</summary>
    public static string P2pBill(string billId, string more = "") => $"partner/bill/v1/bills/{billId}{more}";
}

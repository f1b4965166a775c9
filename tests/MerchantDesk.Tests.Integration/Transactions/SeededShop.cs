using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Transactions;

/// <summary>
/// One shop with a known set of transactions, made once for the tests that only read them:
/// <list type="bullet">
/// <item>p-visa: 100.00 by Visa, Anna's email and phone, custom field order=A-17; refunded 30.00 as r-1</item>
/// <item>p-mc: 250.50 by Mastercard for invoice order-7, Boris's email</item>
/// <item>p-mir: 999.99 by Mir on the second site</item>
/// <item>p-declined: 40.00, declined for insufficient funds</item>
/// <item>p-held: 70.00 by Visa, held and not captured</item>
/// </list>
/// </summary>
public sealed class SeededShop(AppHost app) : IAsyncLifetime
{
    public const int Transactions = 6;

    public Shop Shop { get; private set; } = null!;

    public string VisaAuthCode { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Shop = await Shop.OpenAsync(app, "Seeded Transactions LLC");
        var visa = await Shop.PayAsync(
            "p-visa",
            "100.00",
            customer: new { email = "Anna@Shop.Example", phone = "+7 (999) 111-22-33" },
            customFields: new() { ["order"] = "A-17" });
        VisaAuthCode = visa.PaymentMethod.AuthCode!;
        await Shop.IssueBillAsync("order-7", "250.50");
        await Shop.PayAsync("p-mc", "250.50", TestCards.Mastercard, customer: new { email = "boris@shop.example" },
            billId: "order-7");
        await Shop.PayAsync("p-mir", "999.99", TestCards.Mir, siteId: Shop.SecondSiteId);
        await Shop.PayAsync("p-declined", "40.00", TestCards.InsufficientFunds);
        await Shop.PayAsync("p-held", "70.00", hold: true);
        await Shop.RefundThroughProtocolAsync("p-visa", "r-1", "30.00");
        await Shop.ListWhenAsync(
            "pageSize=100",
            page => page.Items.Count == Transactions && page.Items.Any(i => i.Values["refundedAmount"] == "30.00"),
            "every seeded transaction, p-visa refunded");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

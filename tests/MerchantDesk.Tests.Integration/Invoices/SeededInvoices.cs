using MerchantDesk.Invoices;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Invoices;

/// <summary>
/// One shop with an invoice of every status and every source, made once for the tests that only read them,
/// oldest first:
/// <list type="bullet">
/// <item>paid-1: payin bill on the main site, paid by Visa</item>
/// <item>declined-1: payin bill on the second site, one attempt declined for insufficient funds</item>
/// <item>rejected-1: bills-protocol bill, rejected by the merchant</item>
/// <item>form-1: issued by the main site's payment form, not paid</item>
/// <item><see cref="AwaitingId"/>: from the profile, not paid</item>
/// <item><see cref="ErrorId"/>: from the profile on the site without cards</item>
/// <item><see cref="ExpiredId"/>: from the profile, expired seconds after it was made</item>
/// </list>
/// </summary>
public sealed class SeededInvoices(AppHost app) : IAsyncLifetime
{
    public InvoiceShop Shop { get; private set; } = null!;

    public string AwaitingId { get; private set; } = "";

    public string ErrorId { get; private set; } = "";

    public string ExpiredId { get; private set; } = "";

    public IReadOnlyList<string> NewestFirst =>
        [ExpiredId, ErrorId, AwaitingId, "form-1", "rejected-1", "declined-1", "paid-1"];

    public async Task InitializeAsync()
    {
        Shop = await InvoiceShop.OpenAsync(app, "Seeded Invoices LLC");
        await Shop.PayinBillAsync(Shop.Main, "paid-1", "10.00");
        await Shop.PayAsync(Shop.Main, "paid-1", "10.00", TestCards.Visa);
        await Shop.PayinBillAsync(Shop.Second, "declined-1", "20.00");
        await Shop.PayAsync(Shop.Second, "declined-1", "20.00", TestCards.InsufficientFunds);
        await Shop.P2pBillAsync("rejected-1", "30.00", reject: true);
        await Shop.FormBillAsync("form-1", "40.00");
        AwaitingId = (await Shop.CreateAsync()).Invoice.BillId;
        ErrorId = (await Shop.CreateAsync(Shop.WithoutCards.SiteId)).Invoice.BillId;
        ExpiredId = (await Shop.CreateAsync(expiry: DateTimeOffset.UtcNow.AddSeconds(2))).Invoice.BillId;
        await Shop.ListWhenAsync(
            "pageSize=100",
            page => page.Items.Count == NewestFirst.Count
                && page.Items.Any(i => i.BillId == "paid-1" && i.Status == InvoiceStatus.Paid)
                && page.Items.Any(i => i.BillId == "declined-1" && i.Status == InvoiceStatus.InProcessOfPayment)
                && page.Items.Any(i => i.BillId == "rejected-1" && i.Status == InvoiceStatus.Rejected)
                && page.Items.Any(i => i.BillId == ExpiredId && i.Status == InvoiceStatus.Expired),
            "every seeded invoice in its final status");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

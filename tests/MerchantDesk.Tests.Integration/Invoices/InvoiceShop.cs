using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Invoices;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Invoices;

/// <summary>
/// A merchant's service with a card site, a second card site and a site that takes no cards, each with an API
/// token: invoices are issued from the Invoices tab, through both protocols and by the payment form, and read
/// through the Invoices tab as a manager reads it.
/// </summary>
public sealed class InvoiceShop(AppHost app, ProtocolSite main, ProtocolSite second, ProtocolSite withoutCards)
{
    public ProtocolSite Main => main;

    public ProtocolSite Second => second;

    public ProtocolSite WithoutCards => withoutCards;

    public ApiCall Profile => new(app, main.Merchant[Role.Manager].SessionToken);

    public static async Task<InvoiceShop> OpenAsync(AppHost app, string companyName = "Invoices LLC")
    {
        var main = await ProtocolSite.CreateAsync(app, companyName);
        var second = await main.AnotherSiteAsync(app, PaymentMethod.Card);
        var withoutCards = await main.AnotherSiteAsync(app, PaymentMethod.Sbp);
        return new InvoiceShop(app, main, second, withoutCards);
    }

    public string ListPath(string query = "") =>
        $"profile/services/{main.Merchant.ServiceId}/invoices" + (query.Length == 0 ? "" : "?" + query);

    public Task<HttpResponseMessage> PostInvoiceAsync(object body) =>
        Profile.PostAsync($"profile/services/{main.Merchant.ServiceId}/invoices", body);

    /// <summary>
    /// A new invoice from the profile: 100.00 RUB on the main site for three days, unless told otherwise.
    /// </summary>
    public Task<CreatedInvoice> CreateAsync(
        string? siteId = null,
        decimal amount = 100.00m,
        object? customer = null,
        bool sendToCustomer = false,
        DateTimeOffset? expiry = null) =>
        PostInvoiceAsync(new
        {
            siteId = siteId ?? main.SiteId,
            amount,
            currency = "RUB",
            comment = "Order 42",
            customer,
            lifetime = expiry is null ? new { value = 3, unit = "days" } : null,
            expirationDateTime = expiry,
            customFields = new Dictionary<string, string> { ["order"] = "42" },
            sendToCustomer,
        }).ExpectAsync<CreatedInvoice>(HttpStatusCode.Created);

    public Task<InvoiceDetails> ShowAsync(string siteId, string billId) =>
        Profile.GetAsync($"profile/sites/{siteId}/invoices/{billId}").ExpectAsync<InvoiceDetails>(HttpStatusCode.OK);

    public Task<InvoicePage> ListAsync(string query = "") =>
        Profile.GetAsync(ListPath(query)).ExpectAsync<InvoicePage>(HttpStatusCode.OK);

    /// <summary>
    /// The list once <paramref name="done"/> holds. The index follows the ledger through its event queue, a second
    /// or two behind, and expiry follows the clock; a list that never gets there fails the test after 30 seconds.
    /// </summary>
    public Task<InvoicePage> ListWhenAsync(string query, Func<InvoicePage, bool> done, string what) =>
        Eventually.ReadAsync(
            () => ListAsync(query),
            done,
            page => $"the list never showed {what}; it has {page.Items.Count} rows");

    /// <summary>A bill of the payin protocol on <paramref name="site"/>.</summary>
    public async Task PayinBillAsync(ProtocolSite site, string billId, string value, DateTimeOffset? expiry = null)
    {
        await new ApiCall(app, site.Token)
            .PutAsync(site.Payin("bills/" + billId), new { amount = MoneyOf(value), expirationDateTime = expiry })
            .ExpectStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>A card payment of a bill through the payin protocol; the card decides how it ends.</summary>
    public async Task PayAsync(ProtocolSite site, string billId, string value, string pan)
    {
        await new ApiCall(app, site.Token)
            .PutAsync(
                site.Payin("payments/" + billId + "-" + pan[^4..]),
                PaymentBody(value, pan, billId, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>A bill of the bills protocol on the main site, rejected by the merchant when asked.</summary>
    public async Task P2pBillAsync(string billId, string value, DateTimeOffset? expiry = null, bool reject = false)
    {
        var api = new ApiCall(app, main.Token);
        await api.PutAsync(P2pBill(billId), new { amount = MoneyOf(value), expirationDateTime = expiry })
            .ExpectStatusAsync(HttpStatusCode.OK);
        if (reject)
        {
            await api.PostAsync(P2pBill(billId, "/reject")).ExpectStatusAsync(HttpStatusCode.OK);
        }
    }

    /// <summary>A bill the main site's payment form issues when a customer enters an amount.</summary>
    public async Task FormBillAsync(string billId, string amount)
    {
        var site = await app.Services.GetRequiredService<SiteKeys>().FindSiteAsync(main.SiteId, default);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = app.BaseAddress,
        };
        using var created = await browser.GetAsync(
            $"create?publicKey={site!.PublicKey}&amount={amount}&billId={billId}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }
}

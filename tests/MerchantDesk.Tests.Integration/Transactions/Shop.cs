using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Transactions;

/// <summary>
/// A merchant's service with two sites, paid through the payin protocol as a merchant's server pays, and read
/// through the Transactions tab as its people read it.
/// </summary>
public sealed class Shop(AppHost app, TestMerchant merchant, string secondSiteId, string token)
{
    public TestMerchant Merchant => merchant;

    public string SiteId => merchant.SiteId;

    public string SecondSiteId => secondSiteId;

    public ApiCall Profile => new(app, merchant[Role.Manager].SessionToken);

    public static async Task<Shop> OpenAsync(AppHost app, string companyName = "Transactions LLC")
    {
        var merchant = await TestMerchant.CreateAsync(app, companyName);
        var second = await app.Services.GetRequiredService<ServiceCatalog>().ConnectSiteAsync(
            merchant.MerchantId,
            merchant.ServiceId,
            new ConnectSiteRequest("Second site", "https://second.shop.example", [PaymentMethod.Card]),
            default);
        var issued = await app.Services.GetRequiredService<ApiTokenService>().IssueAsync(
            TestMerchant.CallerOf(merchant[Role.Administrator]),
            merchant.SiteId,
            new IssueApiTokenRequest("transactions tests"),
            default);
        return new Shop(app, merchant, second.SiteId, issued.Token);
    }

    /// <summary>A card payment through the protocol, captured at once unless <paramref name="hold"/>.</summary>
    public async Task<PayinPayment> PayAsync(
        string paymentId,
        string amount,
        string pan = TestCards.Visa,
        string? siteId = null,
        object? customer = null,
        Dictionary<string, string>? customFields = null,
        string? billId = null,
        string currency = "RUB",
        bool hold = false,
        string? callbackUrl = null)
    {
        var body = new
        {
            billId,
            amount = new { currency, value = amount },
            paymentMethod = TestCards.PaymentMethod(pan),
            customer,
            customFields,
            flags = hold ? Array.Empty<string>() : ["SALE"],
            callbackUrl,
        };
        return await new ApiCall(app, token)
            .PutAsync($"partner/payin/v1/sites/{siteId ?? SiteId}/payments/{paymentId}", body)
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
    }

    public async Task RefundThroughProtocolAsync(string paymentId, string refundId, string amount)
    {
        await new ApiCall(app, token)
            .PutAsync(
                $"partner/payin/v1/sites/{SiteId}/payments/{paymentId}/refunds/{refundId}",
                new { amount = new { currency = "RUB", value = amount } })
            .ExpectStatusAsync(HttpStatusCode.OK);
    }

    public Task<TransactionPage> ListAsync(string query = "") =>
        Profile.GetAsync(ListPath(query)).ExpectAsync<TransactionPage>(HttpStatusCode.OK);

    public string ListPath(string query = "") =>
        $"profile/services/{merchant.ServiceId}/transactions" + (query.Length == 0 ? "" : "?" + query);

    public async Task IssueBillAsync(string billId, string amount)
    {
        await new ApiCall(app, token)
            .PutAsync(
                $"partner/payin/v1/sites/{SiteId}/bills/{billId}",
                new { amount = new { currency = "RUB", value = amount } })
            .ExpectStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>The list once it shows <paramref name="count"/> transactions.</summary>
    public Task<TransactionPage> ListOnceIndexedAsync(int count, string query = "pageSize=100") =>
        ListWhenAsync(query, page => page.Items.Count >= count, $"{count} transactions");

    /// <summary>
    /// The list once <paramref name="done"/> holds. The index follows the ledger through its event queue, a second
    /// or two behind; a list that never gets there fails the test after 30 seconds.
    /// </summary>
    public Task<TransactionPage> ListWhenAsync(string query, Func<TransactionPage, bool> done, string what) =>
        Eventually.ReadAsync(
            () => ListAsync(query),
            done,
            page => $"the list never showed {what}; it has {page.Items.Count} rows");
}

public static class TransactionPageExtensions
{
    public static List<string?> Column(this TransactionPage page, string column) =>
        page.Items.Select(item => item.Values[column]).ToList();
}

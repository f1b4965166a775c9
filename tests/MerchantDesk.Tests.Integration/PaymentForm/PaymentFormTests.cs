using System.Net;
using MerchantDesk.Credentials;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.PaymentForm;

/// <summary>The hosted payment form, driven as a browser would: read each page's form, fill it, submit it.</summary>
[Collection(AppCollection.Name)]
public sealed class PaymentFormTests(AppHost app) : IDisposable
{
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false })
    {
        BaseAddress = app.BaseAddress,
    };

    [Fact]
    public async Task Create_WithoutAmount_AsksForTheAmount()
    {
        var publicKey = await PublicKeyAsync();

        var page = await PageAsync($"create?publicKey={publicKey}&comment=Coffee");

        var form = HtmlForm.Of(page);
        Assert.Equal(("get", "create"), (form.Method, form.Action));
        Assert.Contains("amount", form.Fields);
        Assert.Equal(publicKey, form.Hidden["publicKey"]);
    }

    [Fact]
    public async Task Pay_SuccessfulCard_ReturnsTheCustomerToTheSuccessUrl()
    {
        var payUrl = await OpenBillAsync(
            "150.50",
            "&successUrl=https%3A%2F%2Fshop.example%2Fthanks&extras%5Border%5D=42");

        using var paid = await SubmitCardAsync(payUrl, TestCards.Visa);

        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal("https://shop.example/thanks", paid.Headers.Location!.AbsoluteUri);
        Assert.Contains("Already paid", await PageAsync(payUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_DeclinedCard_ShowsWhyAndTheBillStaysPayable()
    {
        var payUrl = await OpenBillAsync("99");

        using var declined = await SubmitCardAsync(payUrl, TestCards.InsufficientFunds);
        var declinedPage = await declined.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Contains("declined", declinedPage, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCards.InsufficientFunds, declinedPage, StringComparison.Ordinal);

        using var paid = await SubmitCardAsync(payUrl, TestCards.Mastercard);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Contains("Payment successful", await paid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Y", "Payment successful", HttpStatusCode.OK)]
    [InlineData("N", "declined", HttpStatusCode.PaymentRequired)]
    public async Task Pay_ThreeDsCard_GoesThroughTheBanksPage(string bankAnswer, string outcome, HttpStatusCode status)
    {
        var payUrl = await OpenBillAsync("10");

        using var toBank = await SubmitCardAsync(payUrl, TestCards.ThreeDs);
        var redirect = HtmlForm.Of(await toBank.Content.ReadAsStringAsync());
        using var bankPage = await _browser.PostAsync(
            redirect.Action,
            redirect.Submit(new Dictionary<string, string>()));
        var bank = HtmlForm.Of(await bankPage.Content.ReadAsStringAsync());
        var answer = new FormUrlEncodedContent(bank.Hidden.Append(new("PaRes", bankAnswer)));
        using var back = await _browser.PostAsync(bank.Action, answer);

        Assert.Equal(status, back.StatusCode);
        Assert.Contains(outcome, await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_MistypedCard_ShowsTheProblemWithoutTakingMoney()
    {
        var payUrl = await OpenBillAsync("10");

        using var answer = await SubmitCardAsync(payUrl, "4111111111111112");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("typo", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayPage_BillRejectedByTheMerchant_SaysSoAndTakesNoCard()
    {
        var site = await ProtocolSite.CreateAsync(app, "Form LLC");
        var api = new ApiCall(app, site.Token);
        var amount = new { currency = "RUB", value = "5.00" };
        var bill = await api.PutAsync("partner/bill/v1/bills/cancel-me", new { amount })
            .ExpectAsync<MerchantDesk.Protocol.P2p.P2pBill>(HttpStatusCode.OK);
        await api.PostAsync("partner/bill/v1/bills/cancel-me/reject").ExpectStatusAsync(HttpStatusCode.OK);

        using var page = await _browser.GetAsync(bill.PayUrl);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Bill cancelled", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayPage_BillPastItsExpiry_SaysSoAndTakesNoCard()
    {
        var site = await ProtocolSite.CreateAsync(app, "Form LLC");
        var api = new ApiCall(app, site.Token);
        var expiry = DateTimeOffset.UtcNow.AddSeconds(2);
        var bill = await api.PutAsync(
                P2pBill("expires-soon"),
                new { amount = MoneyOf("5.00"), expirationDateTime = expiry })
            .ExpectAsync<MerchantDesk.Protocol.P2p.P2pBill>(HttpStatusCode.OK);
        var openedInTime = HtmlForm.Of(await PageAsync(bill.PayUrl));

        using var page = await GetOnceGoneAsync(bill.PayUrl);
        using var submitted = await SubmitCardAsync(bill.PayUrl, openedInTime, TestCards.Visa);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Bill expired", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, submitted.StatusCode);
        Assert.Contains("Bill expired", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var details = await api.GetAsync(site.Payin("bills/expires-soon/details"))
            .ExpectAsync<PayinBillDetails>(HttpStatusCode.OK);
        Assert.Equal("EXPIRED", details.Bill.Status.Value);
        Assert.Empty(details.Payments);
    }

    [Fact]
    public async Task PayPage_UnknownLink_IsAReadableNotFoundPage()
    {
        using var response = await _browser.GetAsync("pay/pay_doesnotexist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _browser.Dispose();

    private async Task<string> OpenBillAsync(string amount, string more = "")
    {
        var publicKey = await PublicKeyAsync();
        using var created = await _browser.GetAsync($"create?publicKey={publicKey}&amount={amount}{more}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.AbsoluteUri;
    }

    private async Task<HttpResponseMessage> SubmitCardAsync(string payUrl, string number) =>
        await SubmitCardAsync(payUrl, HtmlForm.Of(await PageAsync(payUrl)), number);

    private async Task<HttpResponseMessage> SubmitCardAsync(string payUrl, HtmlForm form, string number)
    {
        var typed = new Dictionary<string, string>
        {
            ["number"] = number,
            ["expiry"] = "12/30",
            ["cvc"] = "123",
            ["holder"] = "ANNA PETROVA",
        };
        return await _browser.PostAsync(new Uri(new Uri(payUrl), form.Action), form.Submit(typed));
    }

    private async Task<string> PageAsync(string url)
    {
        using var response = await _browser.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    // A bill expires by the app's clock, so the test asks until the page says so, for a few seconds at most.
    private async Task<HttpResponseMessage> GetOnceGoneAsync(string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await _browser.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.Gone || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(200);
        }
    }

    private async Task<string> PublicKeyAsync()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Form LLC");
        var site = await app.Services.GetRequiredService<SiteKeys>().FindSiteAsync(merchant.SiteId, default);
        return site!.PublicKey;
    }
}

using System.Net;
using MerchantDesk.Protocol.P2p;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Tests.Support;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Protocol;

/// <summary>The bills protocol's PUTs repeated, the same or changed, one after another or all at once.</summary>
[Collection(AppCollection.Name)]
public sealed class P2pRepeatTests(AppHost app)
{
    [Fact]
    public async Task PutBill_SameRequestTwice_AnswersTheSameBill_DifferentRequestIsAConflict()
    {
        var (_, api) = await SiteAsync();
        var first = await api.PutAsync(P2pBill("again"), Bill("200.34")).ExpectAsync<P2pBill>(HttpStatusCode.OK);

        var again = await api.PutAsync(P2pBill("again"), Bill("200.34")).ExpectAsync<P2pBill>(HttpStatusCode.OK);

        Assert.Equal(first, again);
        await api.PutAsync(P2pBill("again"), Bill("200.35"))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.already.exists");
        var stored = await api.GetAsync(P2pBill("again")).ExpectAsync<P2pBill>(HttpStatusCode.OK);
        Assert.Equal("200.34", stored.Amount.Value);
    }

    [Fact]
    public async Task PutRefund_SameRequestTwice_AnswersTheSameRefund_DifferentAmountIsAConflict()
    {
        var (site, api) = await SiteAsync();
        var paymentId = await site.PaidP2pBillAsync(app, "refund-again", "100.00");
        var first = await api.PutAsync(P2pBill("refund-again", "/refunds/rf"), new { amount = MoneyOf("30.00") })
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);

        var again = await api.PutAsync(P2pBill("refund-again", "/refunds/rf"), new { amount = MoneyOf("30.00") })
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);

        Assert.Equal(first, again);
        await api.PutAsync(P2pBill("refund-again", "/refunds/rf"), new { amount = MoneyOf("40.00") })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.operation.already.exists");
        var payment = await api.GetAsync(site.Payin("payments/" + paymentId))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(30m, payment.RefundedAmount.Value);
    }

    [Fact]
    public async Task Refunds_ManyAtOnce_NeverExceedThePaidAmount()
    {
        var (site, api) = await SiteAsync();
        var paymentId = await site.PaidP2pBillAsync(app, "race", "100.00");

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            api.PutAsync(P2pBill("race", $"/refunds/r{i}"), new { amount = MoneyOf("30.00") })));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(
            answers.Where(a => a.StatusCode != HttpStatusCode.OK),
            a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var payment = await api.GetAsync(site.Payin("payments/" + paymentId))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(90m, payment.RefundedAmount.Value);
        var last = await api.PutAsync(P2pBill("race", "/refunds/last"), new { amount = MoneyOf("10.00") })
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);
        Assert.Equal("FULL", last.Status);
    }

    private static object Bill(string value) => new { amount = MoneyOf(value), comment = "Order 7" };

    private async Task<(ProtocolSite Site, ApiCall Api)> SiteAsync()
    {
        var site = await ProtocolSite.CreateAsync(app, "P2P LLC");
        return (site, new ApiCall(app, site.Token));
    }
}

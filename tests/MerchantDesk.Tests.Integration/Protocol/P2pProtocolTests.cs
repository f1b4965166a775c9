using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MerchantDesk.Protocol.P2p;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Protocol;

[Collection(AppCollection.Name)]
public sealed partial class P2pProtocolTests(AppHost app)
{
    [Fact]
    public async Task PutBill_ExactWireFormat_AmountsAsStringsAndMillisecondDates()
    {
        var (site, api) = await SiteAsync();

        using var response = await api.PutRawAsync("partner/bill/v1/bills/p2p-1",
            """
            {
              "amount":{"currency":"RUB","value":"200.34"},
              "comment":"Text comment",
              "customer":{"phone":"+7 (999) 111-22-33"},
              "customFields":{"themeCode":"Yvan-YKaSh"}
            }
            """);
        var bill = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(site.SiteId, bill["siteId"]!.GetValue<string>());
        Assert.Equal("200.34", bill["amount"]!["value"]!.GetValue<string>());
        Assert.Equal("WAITING", bill["status"]!["value"]!.GetValue<string>());
        Assert.Matches(P2pDate(), bill["status"]!["changedDateTime"]!.GetValue<string>());
        Assert.Matches(P2pDate(), bill["creationDateTime"]!.GetValue<string>());
        var created = DateTimeOffset.Parse(
            bill["creationDateTime"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.Parse(
            bill["expirationDateTime"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(45, (expires - created).TotalDays, precision: 3);
        Assert.Equal("+79991112233", bill["customer"]!["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetAndReject_WithNullBodiesAndCharsetContentType_AreServed()
    {
        var (site, api) = await SiteAsync();
        await api.PutAsync("partner/bill/v1/bills/p2p-2", new { amount = new { currency = "RUB", value = "10.00" } })
            .ExpectStatusAsync(HttpStatusCode.OK);

        var fetched = await api.SendRawAsync(
                HttpMethod.Get,
                "partner/bill/v1/bills/p2p-2",
                "null",
                "application/json;charset=UTF-8")
            .ExpectAsync<P2pBill>(HttpStatusCode.OK);
        var rejected = await api.SendRawAsync(
                HttpMethod.Post,
                "partner/bill/v1/bills/p2p-2/reject",
                "null",
                "application/json;charset=UTF-8")
            .ExpectAsync<P2pBill>(HttpStatusCode.OK);

        Assert.Equal("WAITING", fetched.Status.Value);
        Assert.Equal("REJECTED", rejected.Status.Value);
        Assert.Equal(site.SiteId, rejected.SiteId);
    }

    [Fact]
    public async Task Refunds_OfAPaidBill_ArePartialThenFull()
    {
        var (site, api) = await SiteAsync();
        await site.PaidP2pBillAsync(app, "p2p-3", "100.00");

        var partial = await api.PutAsync(
                "partner/bill/v1/bills/p2p-3/refunds/rf-1",
                new { amount = new { currency = "RUB", value = "30.00" } })
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);
        var full = await api.PutAsync(
                "partner/bill/v1/bills/p2p-3/refunds/rf-2",
                new { amount = new { currency = "RUB", value = "70.00" } })
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);

        Assert.Equal(("PARTIAL", "30.00"), (partial.Status, partial.Amount.Value));
        Assert.Equal(("FULL", "70.00"), (full.Status, full.Amount.Value));
        Assert.Matches(P2pDate(), full.DateTime);
        var fetched = await api.GetAsync("partner/bill/v1/bills/p2p-3/refunds/rf-1")
            .ExpectAsync<P2pRefund>(HttpStatusCode.OK);
        Assert.Equal("30.00", fetched.Amount.Value);
        var paid = await api.GetAsync("partner/bill/v1/bills/p2p-3").ExpectAsync<P2pBill>(HttpStatusCode.OK);
        Assert.Equal("PAID", paid.Status.Value);
    }

    [Fact]
    public async Task Refund_OfAnUnpaidBill_IsAConflict()
    {
        var (_, api) = await SiteAsync();
        await api.PutAsync("partner/bill/v1/bills/p2p-4", new { amount = new { currency = "RUB", value = "5.00" } })
            .ExpectStatusAsync(HttpStatusCode.OK);

        var error = await api.PutAsync(
                "partner/bill/v1/bills/p2p-4/refunds/r",
                new { amount = new { currency = "RUB", value = "5.00" } })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.not.paid");

        Assert.Equal("invoicing-api", error.ServiceName);
    }

    [Theory]
    [InlineData("""{"amount":{"currency":"RUB","value":"200.345"}}""", "api.amount.invalid")]
    [InlineData("""{"amount":{"currency":"RUB","value":"abc"}}""", "api.amount.invalid")]
    [InlineData("""{"amount":{"currency":"KZT","value":"0.00"}}""", "api.amount.invalid")]
    public async Task PutBill_BadAmount_IsABadRequest(string json, string errorCode)
    {
        var (_, api) = await SiteAsync();

        await api.PutRawAsync("partner/bill/v1/bills/p2p-bad", json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task GetBill_AnotherSitesBill_IsNotFound()
    {
        var (_, api) = await SiteAsync();
        var (_, other) = await SiteAsync();
        await api.PutAsync("partner/bill/v1/bills/mine-only", new { amount = new { currency = "RUB", value = "1.00" } })
            .ExpectStatusAsync(HttpStatusCode.OK);

        await other.GetAsync("partner/bill/v1/bills/mine-only")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.not.found");
    }

    private async Task<(ProtocolSite Site, ApiCall Api)> SiteAsync()
    {
        var site = await ProtocolSite.CreateAsync(app, "P2P LLC");
        return (site, new ApiCall(app, site.Token));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$")]
    private static partial Regex P2pDate();
}

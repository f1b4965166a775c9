using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Invoices;

[Collection(AppCollection.Name)]
public sealed class InvoiceListTests(AppHost app, SeededInvoices seeded) : IClassFixture<SeededInvoices>
{
    private InvoiceShop Shop => seeded.Shop;

    [Fact]
    public async Task List_InvoicesFromEverySource_NewestFirstInTheProfilesStatuses()
    {
        var page = await Shop.ListAsync();

        Assert.Equal(seeded.NewestFirst, page.Items.Select(i => i.BillId));
        Assert.Equal(
            [
                InvoiceStatus.Expired, InvoiceStatus.Error, InvoiceStatus.AwaitingPayment,
                InvoiceStatus.AwaitingPayment, InvoiceStatus.Rejected, InvoiceStatus.InProcessOfPayment,
                InvoiceStatus.Paid,
            ],
            page.Items.Select(i => i.Status));
        Assert.Equal(
            [
                InvoiceOrigin.Profile, InvoiceOrigin.Profile, InvoiceOrigin.Profile, InvoiceOrigin.PaymentForm,
                InvoiceOrigin.P2pProtocol, InvoiceOrigin.Protocol, InvoiceOrigin.Protocol,
            ],
            page.Items.Select(i => i.Origin));
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task List_ShowsIdStatusSiteAmountAndLinkOfEachInvoice()
    {
        var page = await Shop.ListAsync();

        var declined = page.Items.Single(i => i.BillId == "declined-1");
        Assert.Equal(
            (Shop.Second.SiteId, "20.00", "RUB"),
            (declined.SiteId, declined.Amount.Value, declined.Amount.Currency));
        Assert.Equal(1, declined.FailedAttempts);
        Assert.StartsWith(app.BaseAddress + "pay/", declined.PayUrl, StringComparison.Ordinal);
        var error = page.Items.Single(i => i.BillId == seeded.ErrorId);
        Assert.Null(error.PayUrl);
        Assert.Contains("card", error.ErrorReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paid", "paid-1")]
    [InlineData("awaitingPayment", "{awaiting},form-1")]
    [InlineData("inProcessOfPayment", "declined-1")]
    [InlineData("expired", "{expired}")]
    [InlineData("rejected", "rejected-1")]
    [InlineData("error", "{error}")]
    public async Task List_ByStatus_ShowsThatStatusOnly(string status, string expected)
    {
        var page = await Shop.ListAsync("status=" + status);

        Assert.Equal(Resolve(expected), string.Join(',', page.Items.Select(i => i.BillId)));
    }

    [Theory]
    [InlineData("siteId={second}", "declined-1")]
    [InlineData("siteId={withoutCards}", "{error}")]
    [InlineData("siteId={main}", "{expired},{awaiting},form-1,rejected-1,paid-1")]
    [InlineData("siteId={main}&status=awaitingPayment", "{awaiting},form-1")]
    [InlineData("siteId={second}&status=paid", "")]
    public async Task List_BySite_AloneAndWithAStatus(string query, string expected)
    {
        var page = await Shop.ListAsync(Resolve(query));

        Assert.Equal(Resolve(expected), string.Join(',', page.Items.Select(i => i.BillId)));
    }

    [Fact]
    public async Task List_PageByPage_ReachesTheEndWithoutGapsOrRepeats()
    {
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Shop.ListAsync("pageSize=3" + (token is null ? "" : "&pageToken=" + token));
            Assert.True(page.Items.Count <= 3, "a page holds at most pageSize invoices");
            seen.AddRange(page.Items.Select(i => i.BillId));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(seeded.NewestFirst, seen);
    }

    [Theory]
    [InlineData("status=unpaid", "api.query.invalid")]
    [InlineData("status=2", "api.query.invalid")]
    [InlineData("pageSize=0", "api.page.size.invalid")]
    [InlineData("pageSize=101", "api.page.size.invalid")]
    [InlineData("pageToken=not-a-token", "api.page.token.invalid")]
    public async Task List_BadQuery_IsRefusedWithTheErrorBody(string query, string errorCode)
    {
        await Shop.Profile.GetAsync(Shop.ListPath(query)).ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task PageToken_OfAnotherQuery_IsRefused()
    {
        var first = await Shop.ListAsync("pageSize=2");

        await Shop.Profile.GetAsync(Shop.ListPath("pageSize=2&status=paid&pageToken=" + first.NextPageToken))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.page.token.invalid");
    }

    [Fact]
    public async Task Show_InvoiceWithADeclinedAttempt_IsInTheProcessOfPaymentWithTheAttempt()
    {
        var invoice = await Shop.ShowAsync(Shop.Second.SiteId, "declined-1");

        Assert.Equal(InvoiceStatus.InProcessOfPayment, invoice.Status);
        Assert.Equal((InvoiceOrigin.Protocol, "Second site"), (invoice.Origin, invoice.SiteName));
        var attempt = Assert.Single(invoice.Payments);
        Assert.Equal(PaymentStatus.Declined, attempt.Status);
        Assert.Equal("400000******9995", attempt.MaskedCard);
        Assert.NotNull(attempt.DeclineReason);
        Assert.NotNull(invoice.PayUrl);
    }

    [Fact]
    public async Task Show_PaidInvoice_IsPaidWithItsPayment()
    {
        var invoice = await Shop.ShowAsync(Shop.Main.SiteId, "paid-1");

        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Equal(PaymentStatus.Completed, Assert.Single(invoice.Payments).Status);
    }

    [Fact]
    public async Task ListAndShow_AnotherMerchant_FindNothing()
    {
        var other = await TestMerchant.CreateAsync(app, "Other Invoices LLC");
        var intruder = new ApiCall(app, other[Role.Administrator].SessionToken);

        await intruder.GetAsync(Shop.ListPath())
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
        await intruder.GetAsync($"profile/sites/{Shop.Main.SiteId}/invoices/paid-1")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
        await intruder.GetAsync($"profile/services/{other.ServiceId}/invoices?siteId={Shop.Main.SiteId}")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
        await Shop.Profile.GetAsync($"profile/sites/{Shop.Main.SiteId}/invoices/declined-1")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.not.found");
    }

    private string Resolve(string text) => text
        .Replace("{main}", Shop.Main.SiteId, StringComparison.Ordinal)
        .Replace("{second}", Shop.Second.SiteId, StringComparison.Ordinal)
        .Replace("{withoutCards}", Shop.WithoutCards.SiteId, StringComparison.Ordinal)
        .Replace("{awaiting}", seeded.AwaitingId, StringComparison.Ordinal)
        .Replace("{error}", seeded.ErrorId, StringComparison.Ordinal)
        .Replace("{expired}", seeded.ExpiredId, StringComparison.Ordinal);
}

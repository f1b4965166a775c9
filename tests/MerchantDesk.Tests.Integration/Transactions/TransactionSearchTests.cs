using System.Globalization;
using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;

namespace MerchantDesk.Tests.Transactions;

[Collection(AppCollection.Name)]
public sealed class TransactionSearchTests(AppHost app, SeededShop seeded) : IClassFixture<SeededShop>
{
    private Shop Shop => seeded.Shop;

    [Fact]
    public async Task List_EverySiteOfTheService_NewestFirst()
    {
        var page = await Shop.ListAsync();

        Assert.Equal(["r-1", "p-held", "p-declined", "p-mir", "p-mc", "p-visa"], page.Column("transactionId"));
        Assert.Equal(TransactionColumns.All, page.Columns);
        var refund = page.Items[0];
        Assert.Equal(TransactionKind.Refund, refund.Type);
        Assert.Equal(("p-visa", "r-1"), (refund.PaymentId, refund.RefundId));
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task List_ShowsWhatTheMerchantNeedsOfEachTransaction()
    {
        var page = await Shop.ListAsync("searchBy=transactionId&search=p-visa");

        var visa = Assert.Single(page.Items).Values;
        Assert.Equal("100.00", visa["amount"]);
        Assert.Equal("RUB", visa["currency"]);
        Assert.Equal("30.00", visa["refundedAmount"]);
        Assert.Equal("411111******1111", visa["maskedCard"]);
        Assert.Equal("Visa", visa["cardType"]);
        Assert.Equal("successful", visa["status"]);
        Assert.Equal("anna@shop.example", visa["customerEmail"]);
        Assert.Equal("IVAN PETROV", visa["customerName"]);
        Assert.EndsWith("+03:00", visa["dateTime"], StringComparison.Ordinal);
        var declined = await Shop.ListAsync("searchBy=transactionId&search=p-declined");
        Assert.Equal("declined", declined.Items[0].Values["status"]);
        Assert.StartsWith("INSUFFICIENT_FUNDS", declined.Items[0].Values["declineReason"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("transactionId", "p-mc", "p-mc")]
    [InlineData("transactionId", "r-1", "r-1")]
    [InlineData("invoiceId", "order-7", "p-mc")]
    [InlineData("email", "ANNA@shop.example", "r-1,p-visa")]
    [InlineData("phone", "+79991112233", "r-1,p-visa")]
    [InlineData("phone", "7 999 111 22 33", "r-1,p-visa")]
    [InlineData("customField", "A-17", "r-1,p-visa")]
    [InlineData("customerName", "ivan  petrov", "r-1,p-held,p-declined,p-mir,p-mc,p-visa")]
    [InlineData("cardNumber", "411111", "r-1,p-held,p-visa")]
    [InlineData("cardNumber", "*4444", "p-mc")]
    [InlineData("cardNumber", "555555*4444", "p-mc")]
    [InlineData("cardNumber", "2200 0000 0000 0004", "p-mir")]
    [InlineData("cardNumber", "555555*1111", "")]
    [InlineData("email", "nobody@shop.example", "")]
    [InlineData("transactionId", "P-MC", "")]
    public async Task Search_ByEachAttribute_FindsExactMatches(string attribute, string value, string expected)
    {
        var page = await Shop.ListAsync($"searchBy={attribute}&search={Uri.EscapeDataString(value)}");

        Assert.Equal(expected, string.Join(',', page.Column("transactionId")));
    }

    [Fact]
    public async Task Search_ByAuthorizationCode_FindsThePaymentAndItsRefund()
    {
        var page = await Shop.ListAsync("searchBy=authCode&search=" + seeded.VisaAuthCode.ToLowerInvariant());

        Assert.Equal(["r-1", "p-visa"], page.Column("transactionId"));
    }

    [Theory]
    [InlineData("type=refund", "r-1")]
    [InlineData("type=payment&status=declined", "p-declined")]
    [InlineData("status=successful&type=payment", "p-held,p-mir,p-mc,p-visa")]
    [InlineData("amountFrom=100&amountTo=250.50", "p-mc,p-visa")]
    [InlineData("amountFrom=250.51", "p-mir")]
    [InlineData("siteId={second}", "p-mir")]
    [InlineData("siteId={first}&type=payment&status=successful", "p-held,p-mc,p-visa")]
    [InlineData("searchBy=cardNumber&search=411111&type=payment", "p-held,p-visa")]
    [InlineData("searchBy=customerName&search=IVAN%20PETROV&siteId={second}", "p-mir")]
    [InlineData("searchBy=email&search=anna%40shop.example&amountTo=50", "r-1")]
    [InlineData("period=today&type=refund", "r-1")]
    [InlineData("period=yesterday", "")]
    [InlineData("period=week&siteId={second}", "p-mir")]
    [InlineData("period=month&amountFrom=999.99", "p-mir")]
    [InlineData("from={tomorrow}", "")]
    [InlineData("to={yesterday}", "")]
    [InlineData("from={yesterday}&to={today}&status=declined", "p-declined")]
    public async Task Filters_AloneAndCombined_NarrowTheList(string query, string expected)
    {
        var page = await Shop.ListAsync(Resolve(query));

        Assert.Equal(expected, string.Join(',', page.Column("transactionId")));
    }

    [Fact]
    public async Task List_PageByPage_ReachesTheEndWithoutGapsOrRepeats()
    {
        var seen = new List<string?>();
        string? token = null;
        do
        {
            var page = await Shop.ListAsync("pageSize=4" + (token is null ? "" : "&pageToken=" + token));
            seen.AddRange(page.Column("transactionId"));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(["r-1", "p-held", "p-declined", "p-mir", "p-mc", "p-visa"], seen);
    }

    [Theory]
    [InlineData("searchBy=colour&search=red", "api.query.invalid")]
    [InlineData("search=p-visa", "api.search.incomplete")]
    [InlineData("searchBy=email", "api.search.incomplete")]
    [InlineData("searchBy=cardNumber&search=41*1", "api.search.value.invalid")]
    [InlineData("searchBy=cardNumber&search=4111", "api.search.value.invalid")]
    [InlineData("searchBy=phone&search=call-me", "api.search.value.invalid")]
    [InlineData("amountFrom=50&amountTo=10", "api.amount.range.invalid")]
    [InlineData("amountFrom=ten", "api.query.invalid")]
    [InlineData("type=chargeback", "api.query.invalid")]
    [InlineData("status=pending", "api.query.invalid")]
    [InlineData("period=decade", "api.query.invalid")]
    [InlineData("period=today&from=2026-01-01", "api.period.ambiguous")]
    [InlineData("from=2026-02-01&to=2026-01-01", "api.period.invalid")]
    [InlineData("from=yesterday", "api.query.invalid")]
    [InlineData("pageSize=500", "api.page.size.invalid")]
    [InlineData("pageToken=not-a-token", "api.page.token.invalid")]
    public async Task List_BadQuery_IsRefusedWithTheErrorBody(string query, string errorCode)
    {
        await Shop.Profile.GetAsync(Shop.ListPath(query)).ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task PageToken_OfAnotherQuery_IsRefused()
    {
        var first = await Shop.ListAsync("pageSize=2");

        await Shop.Profile.GetAsync(Shop.ListPath("pageSize=2&type=refund&pageToken=" + first.NextPageToken))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.page.token.invalid");
    }

    [Fact]
    public async Task List_AnotherMerchantsServiceOrSite_IsNotFound()
    {
        var other = await TestMerchant.CreateAsync(app, "Nosy LLC");
        var nosy = new ApiCall(app, other[Role.Administrator].SessionToken);

        await nosy.GetAsync(Shop.ListPath()).ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
        await nosy.GetAsync($"profile/services/{other.ServiceId}/transactions?siteId={Shop.SiteId}")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
        await nosy.GetAsync($"profile/sites/{Shop.SiteId}/payments/p-visa")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
        var own = await nosy.GetAsync($"profile/services/{other.ServiceId}/transactions")
            .ExpectAsync<TransactionPage>(HttpStatusCode.OK);
        Assert.Empty(own.Items);
    }

    [Fact]
    public async Task Export_CurrentFilters_StreamsACsvInTheChosenColumns()
    {
        using var response = await Shop.Profile.GetAsync(Shop.ListPath("type=payment").Replace(
            "/transactions?",
            "/transactions/export?",
            StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        Assert.Equal(string.Join(',', TransactionColumns.All), lines[0].TrimStart('\uFEFF'));
        Assert.Equal(5, lines.Length - 1);
        Assert.Contains(lines, line => line.Contains(",p-mc,payment,successful,250.50,RUB,", StringComparison.Ordinal));
    }

    private string Resolve(string query)
    {
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(3));
        return query
            .Replace("{first}", Shop.SiteId, StringComparison.Ordinal)
            .Replace("{second}", Shop.SecondSiteId, StringComparison.Ordinal)
            .Replace("{today}", Day(today), StringComparison.Ordinal)
            .Replace("{tomorrow}", Day(today.AddDays(1)), StringComparison.Ordinal)
            .Replace("{yesterday}", Day(today.AddDays(-1)), StringComparison.Ordinal);
    }

    // Days in the app's time zone, Moscow, as a merchant there picks them.
    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Net;
using MerchantDesk.Invoices;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Invoices;

/// <summary>
/// New invoice with bad input: each answers 400 with the error body, and none is stored. The shop's list holds
/// only the one good invoice <see cref="CreateInvoice_Refused_StoresNothing"/> makes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InvoiceInputTests(EmptyInvoiceShop fixture) : IClassFixture<EmptyInvoiceShop>
{
    private InvoiceShop Shop => fixture.Shop;

    [Theory]
    [InlineData("""{"siteId":"{site}","amount":0,"currency":"RUB"}""", "api.amount.invalid")]
    [InlineData("""{"siteId":"{site}","amount":10.001,"currency":"RUB"}""", "api.amount.invalid")]
    [InlineData("""{"siteId":"{site}","amount":"10.00","currency":"RUB"}""", "api.request.body.malformed")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"XYZ"}""", "api.currency.unsupported")]
    [InlineData("""{"amount":10,"currency":"RUB"}""", "api.request.body.malformed")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","comment":"{long}"}""", "api.field.invalid")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","lifetime":{"value":0,"unit":"days"}}""",
        "api.lifetime.invalid")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","lifetime":{"value":366,"unit":"days"}}""",
        "api.lifetime.invalid")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","lifetime":{"value":1,"unit":"weeks"}}""",
        "api.request.body.malformed")]
    [InlineData(
        """{"siteId":"{site}","amount":10,"currency":"RUB","lifetime":{"value":1,"unit":"days"},"""
        + "\"expirationDateTime\":\"2099-01-01T00:00:00+00:00\"}",
        "api.lifetime.ambiguous")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","expirationDateTime":"2020-01-01T00:00:00Z"}""",
        "api.expiration.invalid")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","sendToCustomer":true}""",
        "api.customer.email.missing")]
    [InlineData("""{"siteId":"{site}","amount":10,"currency":"RUB","customer":{"email":"not-an-email"}}""",
        "api.email.invalid")]
    public async Task CreateInvoice_BadInput_IsRefusedWithTheErrorBody(string body, string errorCode)
    {
        var json = body
            .Replace("{site}", Shop.Main.SiteId, StringComparison.Ordinal)
            .Replace("{long}", new string('x', BillRules.MaxCommentLength + 1), StringComparison.Ordinal);

        await Shop.Profile.PostRawAsync(Shop.ListPath(), json).ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task CreateInvoice_Refused_StoresNothing()
    {
        await Shop.Profile.PostAsync(Shop.ListPath(), new { siteId = Shop.Main.SiteId, amount = -5m, currency = "RUB" })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.amount.invalid");

        var made = await Shop.CreateAsync();

        var page = await Shop.ListWhenAsync("", p => p.Items.Count > 0, "the invoice made after the refused ones");
        Assert.Equal(made.Invoice.BillId, Assert.Single(page.Items).BillId);
    }
}

/// <summary>A shop of its own for <see cref="InvoiceInputTests"/>, with no invoice to start with.</summary>
public sealed class EmptyInvoiceShop(AppHost app) : IAsyncLifetime
{
    public InvoiceShop Shop { get; private set; } = null!;

    public async Task InitializeAsync() => Shop = await InvoiceShop.OpenAsync(app, "Invoice Input LLC");

    public Task DisposeAsync() => Task.CompletedTask;
}

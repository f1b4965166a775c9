using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Invoices;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Invoices;

[Collection(AppCollection.Name)]
public sealed class InvoiceCreationTests(AppHost app)
{
    private const string PngDataUrl = "data:image/png;base64,";

    [Fact]
    public async Task CreateInvoice_FromTheProfile_AnswersThePaymentFormAndItsQrCode()
    {
        var shop = await InvoiceShop.OpenAsync(app);

        var created = await shop.CreateAsync(customer: new { email = "Anna@Shop.Example", phone = "+7 999 111-22-33" });

        var invoice = created.Invoice;
        Assert.Equal((InvoiceStatus.AwaitingPayment, InvoiceOrigin.Profile), (invoice.Status, invoice.Origin));
        Assert.Equal(("100.00", "RUB", "Order 42"), (invoice.Amount.Value, invoice.Amount.Currency, invoice.Comment));
        Assert.Equal(("anna@shop.example", "+79991112233"), (invoice.Customer?.Email, invoice.Customer?.Phone));
        Assert.Equal("42", invoice.CustomFields?["order"]);
        Assert.Equal((shop.Main.SiteId, "Main site"), (invoice.SiteId, invoice.SiteName));
        Assert.Equal(TimeSpan.FromDays(3), invoice.ExpirationDateTime - invoice.CreatedDateTime);
        Assert.False(created.SentToCustomer, "nobody asked to email the invoice");
        using var form = await app.NewClient().GetAsync(invoice.PayUrl);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("number", HtmlForm.Of(await form.Content.ReadAsStringAsync()).Fields);
        Assert.StartsWith(PngDataUrl, created.QrCode, StringComparison.Ordinal);
        Assert.Equal(invoice.PayUrl, QrScanner.Scan(Convert.FromBase64String(created.QrCode![PngDataUrl.Length..])));
        var shown = await shop.ShowAsync(shop.Main.SiteId, invoice.BillId);
        Assert.Equal((InvoiceStatus.AwaitingPayment, invoice.PayUrl), (shown.Status, shown.PayUrl));
        Assert.Empty(shown.Payments);
    }

    [Fact]
    public async Task CreateInvoice_SendToCustomer_EmailsThePayLink()
    {
        var shop = await InvoiceShop.OpenAsync(app);
        var email = Smtp4devInbox.UniqueAddress();

        var created = await shop.CreateAsync(customer: new { email }, sendToCustomer: true);

        Assert.True(created.SentToCustomer, "the answer says the pay link is on its way");
        var mail = await Smtp4devInbox.WaitForMailAsync(email);
        Assert.Contains("100.00 RUB", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(created.Invoice.PayUrl, mail.FirstLink(created.Invoice.PayUrl!));
    }

    [Fact]
    public async Task CreateInvoice_SiteWithoutCards_IsRecordedAsErrorWithItsReasonAndMailsNothing()
    {
        var shop = await InvoiceShop.OpenAsync(app);
        var email = Smtp4devInbox.UniqueAddress();

        var created = await shop.CreateAsync(shop.WithoutCards.SiteId, customer: new { email }, sendToCustomer: true);

        var invoice = created.Invoice;
        Assert.Equal(InvoiceStatus.Error, invoice.Status);
        Assert.Contains("does not accept card payments", invoice.ErrorReason, StringComparison.Ordinal);
        Assert.Equal((null, null, false), (invoice.PayUrl, created.QrCode, created.SentToCustomer));
        var listed = await shop.ListWhenAsync("status=error", page => page.Items.Count == 1, "the Error invoice");
        Assert.Equal(invoice.BillId, listed.Items[0].BillId);
        Assert.Equal(invoice.ErrorReason, listed.Items[0].ErrorReason);
        await shop.Profile.GetAsync($"profile/sites/{shop.WithoutCards.SiteId}/bills/{invoice.BillId}/qr")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.pay.url.missing");
    }

    [Fact]
    public async Task CreateInvoice_AnotherMerchantsServiceOrSite_IsNotFound()
    {
        var shop = await InvoiceShop.OpenAsync(app);
        var other = await TestMerchant.CreateAsync(app, "Other Invoices LLC");
        var intruder = new ApiCall(app, other[Role.Manager].SessionToken);
        var body = new { siteId = shop.Main.SiteId, amount = 10m, currency = "RUB" };

        await intruder.PostAsync(shop.ListPath(), body)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
        await intruder.PostAsync($"profile/services/{other.ServiceId}/invoices", body)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
    }
}

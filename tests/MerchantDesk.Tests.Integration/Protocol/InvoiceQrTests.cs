using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Protocol;

[Collection(AppCollection.Name)]
public sealed class InvoiceQrTests(AppHost app)
{
    [Fact]
    public async Task GetInvoiceQrCode_Png_ScansToTheBillsPayUrl()
    {
        var site = await ProtocolSite.CreateAsync(app, "QR Bills LLC");
        var bill = await new ApiCall(app, site.Token)
            .PutAsync(site.Payin("bills/qr-1"), new { amount = new { currency = "RUB", value = "42.00" } })
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);
        var profile = new ApiCall(app, site.Merchant[Role.Manager].SessionToken);

        using var image = await profile.GetAsync($"profile/sites/{site.SiteId}/bills/qr-1/qr");

        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bill.PayUrl, QrScanner.Scan(await image.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task GetInvoiceQrCode_UnknownBill_IsNotFound()
    {
        var merchant = await TestMerchant.CreateAsync(app, "QR Bills LLC");

        await new ApiCall(app, merchant[Role.Manager].SessionToken)
            .GetAsync($"profile/sites/{merchant.SiteId}/bills/none/qr")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.not.found");
    }
}

using System.Net;
using System.Xml.Linq;
using MerchantDesk.Tests.Support;
using StbImageSharp;

namespace MerchantDesk.Tests.Credentials;

[Collection(AppCollection.Name)]
public sealed class QrCodeTests(AppHost app)
{
    [Fact]
    public async Task GetQrCode_Png_ScansToTheSitesPaymentForm()
    {
        var merchant = await TestMerchant.CreateAsync(app, "QR Shop");
        var settings = new SettingsCalls(app, merchant);
        var keys = await settings.KeysAsync();

        using var response = await settings.Api.GetAsync($"profile/sites/{merchant.SiteId}/qr?format=png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var scanned = QrScanner.Scan(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new Uri(app.BaseAddress, "create?publicKey=" + keys.PublicKey).AbsoluteUri, scanned);
    }

    [Fact]
    public async Task GetQrCode_Svg_IsAWellFormedSvgDocument()
    {
        var merchant = await TestMerchant.CreateAsync(app, "QR Shop");

        using var response = await new SettingsCalls(app, merchant).Api
            .GetAsync($"profile/sites/{merchant.SiteId}/qr?format=svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root?.Name);
    }

    [Fact]
    public async Task GetQrCode_Size_SetsPixelsPerModule()
    {
        var merchant = await TestMerchant.CreateAsync(app, "QR Shop");
        var api = new SettingsCalls(app, merchant).Api;

        var standard = await WidthAsync(api, $"profile/sites/{merchant.SiteId}/qr");
        var small = await WidthAsync(api, $"profile/sites/{merchant.SiteId}/qr?size=5");

        Assert.Equal(standard, small * 4);
        Assert.InRange(standard, 700, 1200);
    }

    [Theory]
    [InlineData("size=1")]
    [InlineData("size=41")]
    [InlineData("size=big")]
    [InlineData("format=gif")]
    public async Task GetQrCode_BadQuery_IsRefused(string query)
    {
        var merchant = await TestMerchant.CreateAsync(app, "QR Shop");

        await new SettingsCalls(app, merchant).Api.GetAsync($"profile/sites/{merchant.SiteId}/qr?{query}")
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.query.invalid");
    }

    private static async Task<int> WidthAsync(ApiCall api, string path)
    {
        using var response = await api.GetAsync(path);
        return ImageInfo.FromStream(await response.Content.ReadAsStreamAsync())!.Value.Width;
    }
}

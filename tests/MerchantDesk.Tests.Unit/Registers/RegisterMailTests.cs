using MerchantDesk.Hosting;
using MerchantDesk.Registers;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Registers;

public sealed class RegisterMailTests
{
    private const int AttachUpTo = 4096;

    [Fact]
    public void To_FileWithinTheMailLimit_AttachesIt()
    {
        var mail = Mail().To("accountant@shop.example", Register(bytes: AttachUpTo, zipped: true));

        Assert.Equal("register-shop-1-2026-11-30.zip", mail.Attachment?.FileName);
        Assert.Equal("application/zip", mail.Attachment?.ContentType);
        Assert.Contains("lists 1200 transactions", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void To_FileOverTheMailLimit_LinksToTheDownloadInstead()
    {
        var mail = Mail().To("accountant@shop.example", Register(bytes: AttachUpTo + 1, zipped: true));

        Assert.Null(mail.Attachment);
        Assert.Contains(
            "https://merchantdesk.example/profile/sites/shop-1/registers/r-1/file",
            mail.HtmlBody,
            StringComparison.Ordinal);
    }

    private static RegisterMail Mail()
    {
        var site = new MerchantDeskOptions { PublicBaseUrl = new Uri("https://merchantdesk.example/") };
        return new RegisterMail(
            new PublicUrls(Options.Create(site)),
            Options.Create(new RegistersOptions { AttachUpToBytes = AttachUpTo }));
    }

    private static RegisterEntity Register(long bytes, bool zipped) => new()
    {
        RegisterId = "r-1",
        SiteId = "shop-1",
        SiteName = "Shop",
        From = "2026-11-30",
        To = "2026-11-30",
        Rows = 1200,
        Bytes = bytes,
        Zipped = zipped,
        BlobName = "shop-1/r-1.zip",
    };
}

using System.IO.Compression;
using MerchantDesk.Hosting;
using MerchantDesk.Registers;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using MerchantDesk.Tests.Transactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Registers;

[Collection(AppCollection.Name)]
public sealed class RegisterZipTests(AppHost app)
{
    [Fact]
    public async Task BuildAsync_CsvPastTheZipSize_KeepsOnlyAZipOfIt()
    {
        var shop = await Shop.OpenAsync(app, "Zipped Registers LLC");
        for (var i = 1; i <= 8; i++)
        {
            await shop.PayAsync($"zip-{i}", "10.00");
        }

        var register = await BuildAsync(shop, zipAboveBytes: 1024);

        Assert.True(register.Zipped);
        Assert.EndsWith(".zip", register.FileName, StringComparison.Ordinal);
        var file = await app.Services.GetRequiredService<StorageAccount>()
            .Container(RegisterBuilder.ContainerName)
            .GetBlobClient(register.BlobName)
            .DownloadContentAsync();
        using var zip = new ZipArchive(file.Value.Content.ToStream());
        var entry = Assert.Single(zip.Entries);
        Assert.EndsWith(".csv", entry.Name, StringComparison.Ordinal);
        using var reader = new StreamReader(entry.Open());
        var lines = Documents.Lines(System.Text.Encoding.UTF8.GetBytes(await reader.ReadToEndAsync()));
        Assert.Equal(8, lines.Length - 1);
        Assert.Equal(8, register.Rows);
    }

    private async Task<RegisterEntity> BuildAsync(Shop shop, int zipAboveBytes)
    {
        var services = app.Services;
        var builder = new RegisterBuilder(
            services.GetRequiredService<StorageAccount>(),
            services.GetRequiredService<MerchantCalendar>(),
            services.GetRequiredService<RegisterColumns>(),
            Options.Create(new RegistersOptions { ZipAboveBytes = zipAboveBytes }),
            TimeProvider.System);
        var today = services.GetRequiredService<MerchantCalendar>().Today;
        var site = new SiteEntity
        {
            PartitionKey = shop.Merchant.MerchantId,
            SiteId = shop.SiteId,
            ServiceId = shop.Merchant.ServiceId,
            Name = "Main site",
        };
        var register = RegisterEntity.For(site, RegisterIds.OnDemand(today), RegisterKind.OnDemand, today, today);
        await builder.BuildAsync(register, default);
        return register;
    }
}

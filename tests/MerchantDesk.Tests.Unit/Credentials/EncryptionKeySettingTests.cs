using MerchantDesk.Credentials;
using MerchantDesk.Hosting;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Credentials;

public sealed class EncryptionKeySettingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("c2hvcnQga2V5")]
    [InlineData("TWVyY2hhbnREZXNrIHRlc3Qga2V5LCBub3QgcmVhbCEh")]
    public async Task StartAsync_EncryptionKeyNotThirtyTwoBytesOfBase64_FailsNamingItButNotItsValue(string? key)
    {
        var settings = TestConfiguration.ValidSettings();
        settings["Secrets:EncryptionKey"] = key;
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("EncryptionKey", error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(key))
        {
            Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NotificationUrlOptions_NotConfigured_RefuseHttpAndPrivateAddresses()
    {
        using var host = BuildHost(TestConfiguration.ValidSettings());

        var options = host.Services.GetRequiredService<IOptions<NotificationUrlOptions>>().Value;

        Assert.False(options.AllowHttp);
        Assert.False(options.AllowPrivateAddresses);
    }

    private static IHost BuildHost(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMerchantDesk(TestConfiguration.Build(settings));
        builder.Services.RemoveAll<IHostedService>();
        return builder.Build();
    }
}

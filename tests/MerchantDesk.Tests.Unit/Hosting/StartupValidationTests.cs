using MerchantDesk.Hosting;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Hosting;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task StartAsync_ValidSettings_Starts()
    {
        using var host = BuildHost(TestConfiguration.ValidSettings());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("MerchantDesk:PublicBaseUrl", null, "PublicBaseUrl")]
    [InlineData("MerchantDesk:PublicBaseUrl", "/relative/path", "PublicBaseUrl")]
    [InlineData("MerchantDesk:TimeZone", "Mars/Olympus_Mons", "Mars/Olympus_Mons")]
    [InlineData("MerchantDesk:MaxRequestBodyBytes", "10", "MaxRequestBodyBytes")]
    [InlineData("Smtp:Host", null, "Host")]
    [InlineData("Smtp:SenderAddress", "not an address", "SenderAddress")]
    [InlineData("Smtp:Port", "70000", "Port")]
    [InlineData("AzureWebJobsStorage", null, "AzureWebJobsStorage")]
    [InlineData("Support:Mailbox", null, "Mailbox")]
    [InlineData("Smtp:Password", "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/smtp)", "Key Vault")]
    [InlineData("Operators:BootstrapEmail", "operator@merchantdesk.test", "both")]
    [InlineData("Operators:BootstrapPassword", "short", "both")]
    public async Task StartAsync_BadSetting_FailsNamingIt(string key, string? value, string named)
    {
        var settings = TestConfiguration.ValidSettings();
        settings[key] = value;
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_EmptyOperatorSettingsAsAzurePassesThem_Starts()
    {
        var settings = TestConfiguration.ValidSettings();
        settings["Operators:BootstrapEmail"] = "";
        settings["Operators:BootstrapPassword"] = "";
        using var host = BuildHost(settings);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_WeakBootstrapOperatorPassword_FailsNamingIt()
    {
        var settings = TestConfiguration.ValidSettings();
        settings["Operators:BootstrapEmail"] = "operator@merchantdesk.test";
        settings["Operators:BootstrapPassword"] = "short";
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("BootstrapPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StorageServiceUrisInsteadOfConnectionString_Starts()
    {
        var settings = TestConfiguration.ValidSettings();
        settings["AzureWebJobsStorage"] = null;
        settings["AzureWebJobsStorage:tableServiceUri"] = "https://example.table.core.windows.net";
        settings["AzureWebJobsStorage:queueServiceUri"] = "https://example.queue.core.windows.net";
        settings["AzureWebJobsStorage:blobServiceUri"] = "https://example.blob.core.windows.net";
        settings["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001";
        using var host = BuildHost(settings);

        var options = host.Services.GetRequiredService<IOptions<MerchantDesk.Storage.StorageOptions>>().Value;

        Assert.False(options.UsesConnectionString);
        Assert.Equal("00000000-0000-0000-0000-000000000001", options.ClientId);
    }

    private static IHost BuildHost(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMerchantDesk(TestConfiguration.Build(settings));
        builder.Services.RemoveAll<IHostedService>();
        return builder.Build();
    }
}

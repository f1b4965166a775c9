using MerchantDesk.Hosting;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Hosting;

/// <summary>
/// infra/app-settings.required.txt agrees with the options the app validates at start: what it lists is enough to
/// start, everything the app cannot start without is listed, and every app-specific name is still bound.
/// tools/InfraCheck/check then proves infra/main.bicep sets every listed name.
/// </summary>
public sealed class AppSettingsContractTests
{
    public static TheoryData<string> OptionKeys => new(BoundOptions.Keys);

    public static TheoryData<string> AppSpecificRequiredNames => new(RequiredAppSettings.AppSpecificNames);

    [Fact]
    public async Task StartAsync_OnlyTheRequiredAppSettings_Starts()
    {
        var settings = RequiredAppSettings.Names.ToDictionary<string, string, string?>(
            RequiredAppSettings.ToConfigurationKey,
            name => SampleSettingValues.For(name) ?? "x");
        using var host = BuildHost(settings);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_EveryOptionSetAsInAzure_Starts()
    {
        using var host = BuildHost(BoundOptions.EveryKeyAsInAzure());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [MemberData(nameof(OptionKeys))]
    public async Task RequiredAppSettings_OptionTheAppCannotStartWithout_IsListed(string key)
    {
        var name = RequiredAppSettings.ToSettingName(key);
        if (RequiredAppSettings.Lists(name) || await StartsWithoutAsync(key) || await IsOptionalTogetherAsync(key))
        {
            return;
        }

        Assert.Fail($"the app cannot start without {name}, so infra/app-settings.required.txt must list it");
    }

    [Theory]
    [MemberData(nameof(AppSpecificRequiredNames))]
    public void RequiredAppSettings_AppSpecificName_IsBoundByAnOptionsClass(string name)
    {
        var key = RequiredAppSettings.ToConfigurationKey(name);

        Assert.True(
            BoundOptions.Keys.Contains(key, StringComparer.OrdinalIgnoreCase),
            $"infra/app-settings.required.txt lists {name}, but no options class binds it: a stale or misspelt name");
    }

    /// <summary>
    /// Whether the key belongs to settings given all or none, such as the operator's bootstrap email and password:
    /// removing it alone fails the start, removing it with one other key of its section does not.
    /// </summary>
    private static async Task<bool> IsOptionalTogetherAsync(string key)
    {
        var section = BoundOptions.SectionOfKey(key);
        var partners = BoundOptions.Keys.Where(other => other != key && BoundOptions.SectionOfKey(other) == section);
        foreach (var partner in partners)
        {
            if (await StartsWithoutAsync(key, partner))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> StartsWithoutAsync(params string[] keys)
    {
        var settings = BoundOptions.EveryKeyAsInAzure();
        foreach (var key in keys)
        {
            settings.Remove(key);
        }

        using var host = BuildHost(settings);
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return true;
        }
        catch (OptionsValidationException)
        {
            return false;
        }
    }

    /// <summary>The app as the Functions host builds it, minus hosted services: its start validates options.</summary>
    private static IHost BuildHost(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMerchantDesk(TestConfiguration.Build(settings));
        builder.Services.RemoveAll<IHostedService>();
        return builder.Build();
    }
}

using Azure.Core;
using Azure.Data.Tables;
using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// The app's own services, composed by <see cref="MerchantDeskServiceCollectionExtensions.AddMerchantDesk"/> on
/// the Azurite that <c>tools/bench</c> started, with a <see cref="StorageMeter"/> in the table client's pipeline.
/// No function runs: a benchmark calls the services that the functions call.
/// </summary>
public sealed class BenchmarkApp : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkApp(IHost host, StorageMeter meter) => (_host, Meter) = (host, meter);

    public StorageMeter Meter { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<BenchmarkApp> StartAsync()
    {
        var meter = new StorageMeter();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Settings());
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(meter, HttpPipelinePosition.PerRetry);
        builder.Services.AddSingleton(tableOptions);
        builder.Services.AddMerchantDesk(builder.Configuration);
        var app = new BenchmarkApp(builder.Build(), meter);
        await app._host.StartAsync();
        await app.Services.GetRequiredService<StorageProvisioner>().Provisioned;
        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["AzureWebJobsStorage"] = Environment.GetEnvironmentVariable("AzureWebJobsStorage")
            ?? throw new InvalidOperationException("AzureWebJobsStorage is not set: run benchmarks with tools/bench."),
        ["MerchantDesk:PublicBaseUrl"] = "http://127.0.0.1:7071/",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:SenderAddress"] = "bench@merchantdesk.local",
        ["Support:Mailbox"] = "support@merchantdesk.local",
        ["Secrets:EncryptionKey"] = Convert.ToBase64String(new byte[32]),

        // The notifications benchmark's receiver listens on 127.0.0.1, over http.
        ["Notifications:AllowHttp"] = "true",
        ["Notifications:AllowPrivateAddresses"] = "true",
    };
}

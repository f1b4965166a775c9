using System.Net;
using System.Text.Json;
using LocalRunner;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// One instance of the whole app served over HTTP by the local runner, on Azurite and the test SMTP server, as
/// ./run serves it. Several instances on the same storage share the queues, as scaled-out hosts do.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("merchantdesk-app-").FullName;
    private WebApplication? _web;

    private AppInstance(int port) => BaseAddress = new Uri($"http://127.0.0.1:{port}/");

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _web!.Services;

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// A started, healthy instance; <paramref name="addServices"/> adds to the app's services and
    /// <paramref name="moreSettings"/> to its settings.
    /// </summary>
    public static async Task<AppInstance> StartAsync(
        Action<IServiceCollection>? addServices = null,
        IReadOnlyDictionary<string, string>? moreSettings = null)
    {
        var instance = new AppInstance(FreePorts.Next());
        await instance.RunAsync(addServices ?? (_ => { }), moreSettings ?? new Dictionary<string, string>());
        return instance;
    }

    /// <summary>
    /// Stops at once: the host's token is already cancelled, so work in flight is cancelled and not waited for,
    /// and the services are disposed under it. (Threads cannot be killed in-process: a cancelled invocation still
    /// hands its message back, which a process that dies outright would not.)
    /// </summary>
    public async Task KillAsync()
    {
        await _web!.StopAsync(new CancellationToken(canceled: true));
        await DisposeServicesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync();
            await DisposeServicesAsync();
        }
    }

    private async Task DisposeServicesAsync()
    {
        await _web!.DisposeAsync();
        _web = null;
        Directory.Delete(_folder, recursive: true);
    }

    private async Task RunAsync(Action<IServiceCollection> addServices, IReadOnlyDictionary<string, string> more)
    {
        var settings = Settings();
        foreach (var (name, value) in more)
        {
            settings[name] = value;
        }

        var settingsFile = Path.Combine(_folder, "local.settings.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(new { Values = settings }));
        _web = FunctionsRunner.Build(new RunnerOptions
        {
            AppDirectory = RepositoryPaths.FunctionsOutput,
            SettingsFile = settingsFile,
            Port = BaseAddress.Port,
            JsonOptions = MerchantDeskJson.Options,
            ConfigureServices = (services, configuration) => addServices(services.AddMerchantDesk(configuration)),
        });
        await _web.StartAsync();
        await WaitUntilHealthyAsync();
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        ["MerchantDesk__PublicBaseUrl"] = BaseAddress.AbsoluteUri,
        ["Smtp__Host"] = Environment.GetEnvironmentVariable("SMTP_HOST") ?? "127.0.0.1",
        ["Smtp__Port"] = Environment.GetEnvironmentVariable("SMTP_PORT")
            ?? throw new InvalidOperationException("SMTP_PORT is not set: run the tests with ./test."),
        ["Smtp__Security"] = "None",
        ["Smtp__SenderAddress"] = "noreply@merchantdesk.test",
        ["Support__Mailbox"] = AppHost.SupportMailbox,
        ["Operators__BootstrapEmail"] = AppHost.OperatorEmail,
        ["Operators__BootstrapPassword"] = AppHost.OperatorPassword,
        ["Secrets__EncryptionKey"] = "TWVyY2hhbnREZXNrIHRlc3Qga2V5LCBub3QgcmVhbCE=",

        // Tests receive notifications on local HTTP servers.
        ["Notifications__AllowHttp"] = "true",
        ["Notifications__AllowPrivateAddresses"] = "true",

        // The default schedule; tests queue registers themselves rather than wait for the morning.
        ["Registers__DailySchedule"] = "0 0 3 * * *",
        // The retry schedule in seconds instead of hours, so a test sees a delivery through to its end.
        ["Notifications__Timeout"] = "00:00:02",
        ["Notifications__FirstRetryDelay"] = "00:00:01",
        ["Notifications__SecondRetryDelay"] = "00:00:01",
        ["Notifications__SteadyRetryDelay"] = "00:00:01",
        ["Notifications__RetryFor"] = "00:00:10",
    };

    private async Task WaitUntilHealthyAsync()
    {
        using var client = NewClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync("health");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The app did not become healthy within 30 s.");
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LocalRunner;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// The whole app served over HTTP by the local runner, on Azurite and the test SMTP server, as ./run serves it.
/// One instance serves every test of the assembly; tests keep apart by using their own merchants and addresses.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    public const string OperatorEmail = "operator@merchantdesk.test";
    public const string OperatorPassword = "operator-password-for-tests";
    public const string SupportMailbox = "support@merchantdesk.test";

    private readonly string _folder = Directory.CreateTempSubdirectory("merchantdesk-app-").FullName;
    private WebApplication? _web;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _web!.Services;

    public RecordedLedgerEvents LedgerEvents { get; } = new();

    /// <summary>The Telegram Bot API the app's payment bot talks to; started before the app.</summary>
    public BotApiStandIn Telegram { get; } = new();

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        await Telegram.StartAsync(FreePort());
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var settingsFile = Path.Combine(_folder, "local.settings.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(new { Values = Settings() }));
        _web = FunctionsRunner.Build(new RunnerOptions
        {
            AppDirectory = RepositoryPaths.FunctionsOutput,
            SettingsFile = settingsFile,
            Port = port,
            JsonOptions = MerchantDeskJson.Options,
            ConfigureServices = (services, configuration) => services
                .AddMerchantDesk(configuration)
                .AddSingleton<ILedgerEventHandler>(LedgerEvents),
        });
        await _web.StartAsync();
        await WaitUntilHealthyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }

        await Telegram.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
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
        ["Support__Mailbox"] = SupportMailbox,
        ["Operators__BootstrapEmail"] = OperatorEmail,
        ["Operators__BootstrapPassword"] = OperatorPassword,
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
        ["Telegram__BotToken"] = BotApiStandIn.BotToken,
        ["Telegram__BotUsername"] = BotApiStandIn.BotUsername,
        ["Telegram__WebhookSecret"] = BotApiStandIn.WebhookSecret,
        ["Telegram__ApiBaseUrl"] = Telegram.BaseAddress.AbsoluteUri,
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppHost>
{
    public const string Name = "app";
}

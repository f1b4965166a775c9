using MerchantDesk.Events;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// The app instance that every test of the assembly shares; tests keep apart by using their own merchants and
/// addresses. It also records the ledger events it dispatches.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    public const string OperatorEmail = "operator@merchantdesk.test";
    public const string OperatorPassword = "operator-password-for-tests";
    public const string SupportMailbox = "support@merchantdesk.test";

    private AppInstance? _instance;

    public Uri BaseAddress => _instance!.BaseAddress;

    public IServiceProvider Services => _instance!.Services;

    public RecordedLedgerEvents LedgerEvents { get; } = new();

    /// <summary>The Telegram Bot API the app's payment bot talks to; started before the app.</summary>
    public BotApiStandIn Telegram { get; } = new();

    public HttpClient NewClient() => _instance!.NewClient();

    public async Task InitializeAsync()
    {
        await Telegram.StartAsync(FreePorts.Next());
        _instance = await AppInstance.StartAsync(
            services => services.AddSingleton<ILedgerEventHandler>(LedgerEvents),
            new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = BotApiStandIn.BotToken,
                ["Telegram__BotUsername"] = BotApiStandIn.BotUsername,
                ["Telegram__WebhookSecret"] = BotApiStandIn.WebhookSecret,
                ["Telegram__ApiBaseUrl"] = Telegram.BaseAddress.AbsoluteUri,
            });
    }

    public async Task DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }

        await Telegram.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppHost>
{
    public const string Name = "app";
}

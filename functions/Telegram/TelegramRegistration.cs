using MerchantDesk.Events;
using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Telegram;

public static class TelegramRegistration
{
    /// <summary>The payment bot: its webhook, chats, deep links and paid messages; idle without a bot token.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelegramOptions>(configuration, TelegramOptions.Section);
        // The Bot API takes the bot token in the URL path, which the client factory's loggers would write out.
        services.AddHttpClient(BotApi.HttpClientName).RemoveAllLoggers();
        services.AddStorageResource(StorageKind.Table, ChatTable.Name);
        services.AddStorageResource(StorageKind.Table, InvoiceChatEntity.TableName);
        services.AddStorageResource(StorageKind.Table, StartCodeEntity.TableName);
        services.AddSingleton<BotApi>();
        services.AddSingleton<BotLinks>();
        services.AddSingleton<StartCodes>();
        services.AddSingleton<ChatBindings>();
        services.AddSingleton<HandledUpdates>();
        services.AddSingleton<ChatBinder>();
        services.AddSingleton<ChatInvoicing>();
        services.AddSingleton<ChatListings>();
        services.AddSingleton<ChatCommands>();
        services.AddSingleton<InvoiceDialogues>();
        services.AddSingleton<DialogueSites>();
        services.AddSingleton<InvoiceDialogue>();
        services.AddSingleton<BotConversation>();
        services.AddSingleton<ILedgerEventHandler, PaidInvoiceNotifier>();
        return services;
    }
}

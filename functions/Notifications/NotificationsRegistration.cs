using MerchantDesk.Events;
using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Notifications;

public static class NotificationsRegistration
{
    /// <summary>Server notifications: the fan-out of ledger events, signed retried delivery, the log.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<NotificationOptions>(configuration, NotificationOptions.Section);
        services.AddStorageResource(StorageKind.Table, DeliveryEntity.TableName);
        services.AddStorageResource(StorageKind.Queue, NotificationFanOut.QueueName);
        services.AddSingleton<INotificationTargets, UrlTargets>();
        services.AddSingleton<NotificationBodies>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<ILedgerEventHandler, NotificationFanOut>();
        services.AddSingleton<RetrySchedule>();
        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<NotificationDelivery>();
        services.AddSingleton<DeliveryLog>();
        return services;
    }
}

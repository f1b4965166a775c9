using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Events;

public static class EventsRegistration
{
    /// <summary>Ledger events and their dispatch; features add their <see cref="ILedgerEventHandler"/>s.</summary>
    public static IServiceCollection AddLedgerEvents(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Queue, LedgerEvents.QueueName);
        services.AddSingleton<LedgerEvents>();
        return services;
    }
}

using MerchantDesk.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Storage;

public static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section)
            .Configure(options => options.ConnectionString ??= ConnectionStringIn(configuration));
        services.AddSingleton<StorageAccount>();
        services.AddSingleton<StorageProvisioner>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageProvisioner>());
        services.AddSingleton<QueueSender>();
        return services;
    }

    /// <summary>Declares a table, queue or container that must exist; the provisioner creates it at start.</summary>
    public static IServiceCollection AddStorageResource(
        this IServiceCollection services,
        StorageKind kind,
        string name)
    {
        return services.AddSingleton(new StorageResource(kind, name));
    }

    // AzureWebJobsStorage is either a plain connection string or a section of service URIs.
    private static string? ConnectionStringIn(IConfiguration configuration) =>
        configuration[StorageOptions.Section] is { Length: > 0 } value ? value : null;
}

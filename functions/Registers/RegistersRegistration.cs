using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Registers;

public static class RegistersRegistration
{
    /// <summary>The Documents tab: register mailing lists, the daily mailing, on-demand registers and acts.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RegistersOptions>(configuration, RegistersOptions.Section);
        services.AddStorageResource(StorageKind.Table, MailingListEntity.TableName);
        services.AddStorageResource(StorageKind.Table, RegisterEntity.TableName);
        services.AddStorageResource(StorageKind.Queue, RegisterJob.QueueName);
        services.AddStorageResource(StorageKind.BlobContainer, RegisterBuilder.ContainerName);
        services.AddSingleton<MailingLists>();
        services.AddSingleton<RegisterColumns>();
        services.AddSingleton<RegisterBuilder>();
        services.AddSingleton<RegisterMail>();
        services.AddSingleton<RegisterMailer>();
        services.AddSingleton<RegisterJobs>();
        services.AddSingleton<DailyRegisters>();
        services.AddSingleton<ProfileRegisters>();
        services.AddSingleton<Acts>();
        return services;
    }
}

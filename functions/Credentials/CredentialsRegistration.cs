using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantDesk.Credentials;

public static class CredentialsRegistration
{
    /// <summary>API tokens, site keys, notification URLs and payment QR codes.</summary>
    public static IServiceCollection AddCredentials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SecretsOptions>(configuration, SecretsOptions.Section);
        services.AddValidatedOptions<NotificationUrlOptions>(configuration, NotificationUrlOptions.Section);
        services.AddStorageResource(StorageKind.Table, ApiTokenEntity.TableName);
        services.AddStorageResource(StorageKind.Table, PublicKeyEntity.TableName);
        services.AddSingleton<SecretProtector>();
        services.TryAddSingleton<HostResolver>();
        services.AddSingleton<NotificationUrlPolicy>();
        services.AddSingleton<PaymentFormLinks>();
        services.AddSingleton<SiteCredentials>();
        services.AddSingleton<SiteKeys>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<ApiTokenAuthenticator>();
        services.AddSingleton<SettingsTab>();
        services.AddSingleton<NotificationSettings>();
        return services;
    }
}

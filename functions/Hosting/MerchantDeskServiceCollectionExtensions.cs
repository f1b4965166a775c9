using MerchantDesk.Api;
using MerchantDesk.Email;
using MerchantDesk.Health;
using MerchantDesk.OpenApi;
using MerchantDesk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantDesk.Hosting;

public static class MerchantDeskServiceCollectionExtensions
{
    /// <summary>
    /// The one composition root: the Functions app, the local runner and the tests all build the app from here.
    /// </summary>
    public static IServiceCollection AddMerchantDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<MerchantDeskOptions>(configuration, MerchantDeskOptions.Section);
        services.AddValidatedOptions<SmtpOptions>(configuration, SmtpOptions.Section);
        services.AddStorage(configuration);
        services.AddSingleton<ApiRequestHandler>();
        services.AddSingleton<JsonBody>();
        services.AddSingleton<StorageHealthCheck>();
        services.AddSingleton<OpenApiDocument>();
        return services;
    }
}

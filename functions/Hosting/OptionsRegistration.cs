using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Hosting;

internal static class OptionsRegistration
{
    /// <summary>Binds <typeparamref name="T"/> to a section and fails the start when it is invalid.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section)
        where T : class
    {
        return services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}

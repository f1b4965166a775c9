using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Hosting;

internal static class OptionsRegistration
{
    private const string KeyVaultReference = "@Microsoft.KeyVault(";

    /// <summary>
    /// Binds <typeparamref name="T"/> to a section and fails the start when it is invalid, or when a setting still
    /// holds a Key Vault reference that Azure could not resolve (it then passes the reference text itself).
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section)
        where T : class
    {
        return services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .Validate(
                options => !HoldsUnresolvedSecret(options),
                $"a {section} setting holds an unresolved Key Vault reference; check the app identity's access")
            .ValidateOnStart();
    }

    private static bool HoldsUnresolvedSecret(object options) =>
        options.GetType().GetProperties()
            .Where(property => property.PropertyType == typeof(string) && property.CanRead)
            .Any(property => property.GetValue(options) is string value
                && value.StartsWith(KeyVaultReference, StringComparison.OrdinalIgnoreCase));
}

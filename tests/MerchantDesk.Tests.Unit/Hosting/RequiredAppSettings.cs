using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Hosting;

/// <summary>
/// infra/app-settings.required.txt: the settings the app needs in Azure, named as Azure names them
/// (sections joined with "__"), compared ignoring case as .NET configuration does.
/// </summary>
internal static class RequiredAppSettings
{
    /// <summary>Settings the Functions host or the platform reads, not the app's own options.</summary>
    private static readonly string[] PlatformPrefixes =
        ["AzureWebJobsStorage", "APPLICATIONINSIGHTS_", "FUNCTIONS_", "WEBSITE_", "AzureFunctions"];

    public static IReadOnlyList<string> Names { get; } = Read();

    public static IEnumerable<string> AppSpecificNames => Names.Where(name => !IsPlatformSetting(name));

    public static bool Lists(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static string ToConfigurationKey(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    public static string ToSettingName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static bool IsPlatformSetting(string name) =>
        PlatformPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static string[] Read()
    {
        var path = Path.Combine(RepositoryPaths.Root, "infra", "app-settings.required.txt");
        return File.ReadLines(path)
            .Select(line => line.Split('#')[0].Trim())
            .Where(name => name.Length > 0)
            .ToArray();
    }
}

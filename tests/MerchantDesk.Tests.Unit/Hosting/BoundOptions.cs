using System.Globalization;
using System.Reflection;
using MerchantDesk.Hosting;
using MerchantDesk.Storage;

namespace MerchantDesk.Tests.Hosting;

/// <summary>
/// The options classes the app binds, found the way the app names them: each has a public
/// <c>const string Section</c>, and each public settable property is a configuration key "Section:Property".
/// </summary>
internal static class BoundOptions
{
    /// <summary>Azure gives storage as service URIs (AzureWebJobsStorage__tableServiceUri, ...), never this.</summary>
    private const string LocalStorageConnectionString =
        $"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}";

    private static readonly Type[] Classes = typeof(MerchantDeskOptions).Assembly.GetTypes()
        .Where(type => type.IsClass && SectionOf(type) is not null)
        .ToArray();

    public static IReadOnlyList<string> Keys { get; } =
        Classes.SelectMany(type => SettableProperties(type).Select(property => KeyOf(type, property))).ToArray();

    public static string SectionOfKey(string key) => key.Split(':')[0];

    /// <summary>
    /// A valid configuration that sets every key as Azure would: a value guessed from the key's name, else the
    /// property's default, else "x"; storage by service URIs.
    /// </summary>
    public static Dictionary<string, string?> EveryKeyAsInAzure()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in Classes)
        {
            var defaults = Activator.CreateInstance(type);
            foreach (var property in SettableProperties(type))
            {
                var key = KeyOf(type, property);
                settings[key] = SampleSettingValues.For(key) ?? DefaultText(property, defaults) ?? "x";
            }
        }

        settings.Remove(LocalStorageConnectionString);
        return settings;
    }

    private static string? SectionOf(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0);

    private static string KeyOf(Type type, PropertyInfo property) => $"{SectionOf(type)}:{property.Name}";

    private static string? DefaultText(PropertyInfo property, object? defaults) =>
        Convert.ToString(property.GetValue(defaults), CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : null;
}

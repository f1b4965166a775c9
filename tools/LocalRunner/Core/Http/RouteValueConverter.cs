using System.Globalization;

namespace LocalRunner.Http;

/// <summary>Turns a route value into the parameter type it binds to.</summary>
internal static class RouteValueConverter
{
    private static readonly Dictionary<Type, Func<string, object>> Parsers = new()
    {
        [typeof(string)] = text => text,
        [typeof(int)] = text => int.Parse(text, CultureInfo.InvariantCulture),
        [typeof(long)] = text => long.Parse(text, CultureInfo.InvariantCulture),
        [typeof(Guid)] = text => Guid.Parse(text, CultureInfo.InvariantCulture),
    };

    public static string Supported => string.Join(", ", Parsers.Keys.Select(type => type.Name));

    /// <summary>A converter, or null when the type is not supported. An absent optional value is null.</summary>
    public static Func<string?, object?>? For(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (!Parsers.TryGetValue(nullable ?? type, out var parse))
        {
            return null;
        }

        var absent = type.IsValueType && nullable is null ? Activator.CreateInstance(type) : null;
        return text => text is null ? absent : parse(text);
    }
}

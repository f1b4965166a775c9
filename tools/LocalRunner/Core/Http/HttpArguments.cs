using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalRunner.Http;

/// <summary>Where an HTTP function's parameters come from: the request, its route values, its abort token.</summary>
internal static class HttpArguments
{
    public static string Supported =>
        $"HttpRequest, CancellationToken and route values by name ({RouteValueConverter.Supported})";

    public static Func<HttpContext, object?>? For(ParameterInfo parameter, IEnumerable<string> routeValues)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        var name = routeValues.FirstOrDefault(name => name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
        var convert = RouteValueConverter.For(parameter.ParameterType);
        return name is null || convert is null
            ? null
            : context => convert(context.GetRouteValue(name) is { } value
                ? Convert.ToString(value, CultureInfo.InvariantCulture)
                : null);
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.OpenApi;

/// <summary>An HTTP-triggered function of this app, as the Functions host maps it.</summary>
public sealed partial record HttpFunction(
    string Name,
    string Route,
    IReadOnlyList<string> Methods,
    ApiOperationAttribute? Operation,
    IReadOnlyList<ApiResponseAttribute> ExtraResponses)
{
    /// <summary>The route in OpenAPI's form: <c>{id:int?}</c> becomes <c>{id}</c>.</summary>
    public string OpenApiPath(string routePrefix)
    {
        var path = RouteParameter().Replace(Route, match => "{" + match.Groups["name"].Value + "}");
        return "/" + string.Join('/', new[] { routePrefix, path }.Where(part => part.Length > 0));
    }

    public IEnumerable<string> PathParameters() =>
        RouteParameter().Matches(Route).Select(match => match.Groups["name"].Value);

    /// <summary>Every HTTP function declared in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<HttpFunction> FindAll(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(FromMethod)
            .OfType<HttpFunction>()
            .OrderBy(function => function.Route, StringComparer.Ordinal)
            .ToList();

    private static HttpFunction? FromMethod(MethodInfo method)
    {
        var function = method.GetCustomAttribute<FunctionAttribute>();
        var trigger = method.GetParameters()
            .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>())
            .FirstOrDefault(attribute => attribute is not null);
        if (function is null || trigger is null)
        {
            return null;
        }

        return new HttpFunction(
            function.Name,
            trigger.Route ?? function.Name,
            trigger.Methods?.Select(m => m.ToUpperInvariant()).ToList() ?? [],
            method.GetCustomAttribute<ApiOperationAttribute>(),
            method.GetCustomAttributes<ApiResponseAttribute>().ToList());
    }

    [GeneratedRegex(@"\{\*?(?<name>[A-Za-z_][A-Za-z0-9_]*)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}

using LocalRunner.App;
using LocalRunner.Functions;
using LocalRunner.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Http;

/// <summary>An HTTP-triggered function: where it is served and how it is called.</summary>
internal sealed record HttpFunction(
    string Name,
    IReadOnlyList<string> Methods,
    string Route,
    FunctionInvoker<HttpContext> Invoker)
{
    public static HttpFunction Create(FunctionTarget target, string routePrefix, IConfiguration configuration)
    {
        var (function, trigger, method) = target;
        if (!"anonymous".Equals(trigger.AuthLevel, StringComparison.OrdinalIgnoreCase))
        {
            throw new RunnerSetupException(
                $"function '{function.Name}' has authLevel {trigger.AuthLevel}; the local runner serves "
                + "Anonymous only, as the app authenticates requests itself");
        }

        // Without a route, the Functions host serves a function under its own name.
        var template = SettingExpression.Resolve(trigger.Route ?? function.Name, configuration, function.Name);
        var route = Join(routePrefix, template);
        var routeValues = Parse(route, function.Name).Parameters.Select(parameter => parameter.Name).ToList();
        var invoker = FunctionSignature.Bind<HttpContext>(
            function.Name,
            method,
            parameter => HttpArguments.For(parameter, routeValues),
            HttpArguments.Supported);
        FunctionSignature.RequireReturn(function.Name, method, typeof(IActionResult));

        var methods = (trigger.Methods ?? []).Select(name => name.ToUpperInvariant()).ToList();
        return new HttpFunction(function.Name, methods, route, invoker);
    }

    private static string Join(string prefix, string route)
    {
        var parts = new[] { prefix, route }.Select(part => part.Trim('/')).Where(part => part.Length > 0);
        return "/" + string.Join('/', parts);
    }

    private static RoutePattern Parse(string route, string function)
    {
        try
        {
            return RoutePatternFactory.Parse(route);
        }
        catch (RoutePatternException ex)
        {
            throw new RunnerSetupException($"function '{function}': route {route} is not valid: {ex.Message}", ex);
        }
    }
}

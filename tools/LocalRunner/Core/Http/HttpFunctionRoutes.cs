using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalRunner.Http;

/// <summary>Maps every HTTP function on its methods and route; anything else is left to 404.</summary>
internal static class HttpFunctionRoutes
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<HttpFunction> functions)
    {
        foreach (var function in functions)
        {
            var endpoint = ActivatorUtilities.CreateInstance<HttpFunctionEndpoint>(
                endpoints.ServiceProvider,
                function);
            var mapped = function.Methods.Count == 0
                ? endpoints.Map(function.Route, endpoint.HandleAsync)
                : endpoints.MapMethods(function.Route, function.Methods, endpoint.HandleAsync);
            mapped.WithDisplayName(function.Name);
        }
    }
}

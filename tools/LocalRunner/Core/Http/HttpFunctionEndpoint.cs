using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace LocalRunner.Http;

/// <summary>Serves one HTTP function: invoke it in the request's scope, then execute its action result.</summary>
internal sealed class HttpFunctionEndpoint(HttpFunction function, ILogger<HttpFunctionEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            var result = await function.Invoker.InvokeAsync(context.RequestServices, context);
            if (result is IActionResult action)
            {
                var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
                await action.ExecuteResultAsync(actionContext);
            }
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Like the Functions host, a failing function becomes a logged 500, not a crash.
            logger.InvocationFailed(function.Name, ex);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
    }
}

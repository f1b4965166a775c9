using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Api;

/// <summary>
/// Runs one API call and turns its outcome into a response: expected failures become their 4xx error body,
/// unexpected ones are logged in full and answered with a 500 error body that carries the trace id.
/// It runs inside each function, not in worker middleware, so every host runs it the same way.
/// </summary>
public sealed partial class ApiRequestHandler(TimeProvider clock, ILogger<ApiRequestHandler> logger)
{
    public async Task<IActionResult> HandleAsync(
        HttpRequest request,
        string surface,
        Func<CancellationToken, Task<IActionResult>> handle)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            return await handle(cancellationToken);
        }
        catch (ApiException ex)
        {
            return Error(request, surface, ex.Status, ex.ErrorCode, ex.Message, ex.UserMessage);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnexpectedFailure(ex, request.Method, request.Path);
            return Error(request, surface, StatusCodes.Status500InternalServerError, "api.internal.error",
                "The request failed on our side; quote the trace id to support.",
                "Something went wrong on our side. Please try again later.");
        }
    }

    private JsonResult Error(
        HttpRequest request,
        string surface,
        int status,
        string errorCode,
        string description,
        string userMessage)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? request.HttpContext.TraceIdentifier;
        var body = new ApiError(surface, errorCode, description, userMessage, clock.GetUtcNow(), traceId);
        return ApiResults.Json(body, status);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    private partial void LogUnexpectedFailure(Exception exception, string method, string path);
}

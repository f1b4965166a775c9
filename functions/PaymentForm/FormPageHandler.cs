using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.PaymentForm;

/// <summary>
/// Runs a payment form request for a person with a browser: expected failures become a readable page with their
/// status, unexpected ones are logged and shown as a generic error page.
/// </summary>
public sealed partial class FormPageHandler(ILogger<FormPageHandler> logger)
{
    public async Task<IActionResult> HandleAsync(
        HttpRequest request,
        Func<CancellationToken, Task<IActionResult>> handle)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            return await handle(cancellationToken);
        }
        catch (ApiException ex)
        {
            return HtmlResults.Page(FormPages.Message("This payment cannot go on", ex.UserMessage), ex.Status);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnexpectedFailure(ex, request.Method, request.Path);
            return HtmlResults.Page(
                FormPages.Message("Something went wrong", "No money was taken by this error. Please try again later."),
                StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(EventId = 1601, Level = LogLevel.Error,
        Message = "Payment form {Method} {Path} failed unexpectedly")]
    private partial void LogUnexpectedFailure(Exception exception, string method, string path);
}

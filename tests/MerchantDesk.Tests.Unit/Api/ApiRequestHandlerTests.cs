using MerchantDesk.Api;
using MerchantDesk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Time.Testing;

namespace MerchantDesk.Tests.Api;

public sealed class ApiRequestHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 15, 0, TimeSpan.Zero);
    private readonly CapturingLogger<ApiRequestHandler> _logger = new();
    private readonly ApiRequestHandler _handler;

    public ApiRequestHandlerTests()
    {
        _handler = new ApiRequestHandler(new FakeTimeProvider(Now), _logger);
    }

    [Fact]
    public async Task HandleAsync_Success_ReturnsTheHandlersResult()
    {
        var ok = ApiResults.Json(new { done = true });

        var result = await _handler.HandleAsync(Request(), ApiSurface.Payin, _ => Task.FromResult<IActionResult>(ok));

        Assert.Same(ok, result);
    }

    [Fact]
    public async Task HandleAsync_ApiException_AnswersTheDocumentedErrorBody()
    {
        var request = Request();

        var result = await _handler.HandleAsync(request, ApiSurface.Payin, _ =>
            throw ApiException.NotFound("api.invoice.not.found", "No bill 'b-1' on this site."));

        var json = Assert.IsType<JsonResult>(result);
        Assert.Equal(StatusCodes.Status404NotFound, json.StatusCode);
        var error = Assert.IsType<ApiError>(json.Value);
        Assert.Equal(
            new ApiError(ApiSurface.Payin, "api.invoice.not.found", "No bill 'b-1' on this site.",
                "No bill 'b-1' on this site.", Now, request.HttpContext.TraceIdentifier),
            error);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task HandleAsync_UnexpectedFailure_Answers500WithTraceIdAndLogsTheException()
    {
        var fault = new InvalidOperationException("disk on fire");

        var result = await _handler.HandleAsync(Request(), ApiSurface.AccountProfile, _ => throw fault);

        var json = Assert.IsType<JsonResult>(result);
        Assert.Equal(StatusCodes.Status500InternalServerError, json.StatusCode);
        var error = Assert.IsType<ApiError>(json.Value);
        Assert.Equal("api.internal.error", error.ErrorCode);
        Assert.DoesNotContain("disk on fire", error.Description, StringComparison.Ordinal);
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(1101, entry.EventId);
        Assert.Same(fault, entry.Exception);
    }

    private static HttpRequest Request()
    {
        var context = new DefaultHttpContext { TraceIdentifier = "trace-42" };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/partner/payin/v1/sites/s-1/bills/b-1";
        return context.Request;
    }
}

using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Api;

/// <summary>An expected failure the caller can act on; answered with its status and the error body.</summary>
public sealed class ApiException(int status, string errorCode, string description, string? userMessage = null)
    : Exception(description)
{
    public int Status { get; } = status;

    public string ErrorCode { get; } = errorCode;

    public string UserMessage { get; } = userMessage ?? description;

    public static ApiException BadRequest(string errorCode, string description) =>
        new(StatusCodes.Status400BadRequest, errorCode, description);

    public static ApiException Unauthorized(string description = "Sign in or send a valid token.") =>
        new(StatusCodes.Status401Unauthorized, "api.unauthorized", description);

    public static ApiException Forbidden(string description = "You may not do this.") =>
        new(StatusCodes.Status403Forbidden, "api.forbidden", description);

    public static ApiException NotFound(string errorCode, string description) =>
        new(StatusCodes.Status404NotFound, errorCode, description);

    public static ApiException Conflict(string errorCode, string description) =>
        new(StatusCodes.Status409Conflict, errorCode, description);
}

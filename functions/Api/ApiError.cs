namespace MerchantDesk.Api;

/// <summary>
/// The error body of every API, in the payment-acceptance protocol's shape, so merchants' servers parse one
/// format everywhere.
/// </summary>
/// <param name="ServiceName">The API surface that answered, e.g. <c>payin-core</c> or <c>account-profile</c>.</param>
/// <param name="ErrorCode">A stable dotted code a program can switch on: <c>api.request.body.malformed</c>.</param>
/// <param name="Description">What went wrong, for the engineer reading logs.</param>
/// <param name="UserMessage">What to tell a person.</param>
/// <param name="DateTime">When the error happened.</param>
/// <param name="TraceId">The id to quote to support; it finds the request in our logs.</param>
public sealed record ApiError(
    string ServiceName,
    string ErrorCode,
    string Description,
    string UserMessage,
    DateTimeOffset DateTime,
    string TraceId);

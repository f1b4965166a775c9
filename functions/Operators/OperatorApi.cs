using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Operators;

/// <summary>Runs an operator API call for a signed-in operator.</summary>
public sealed class OperatorApi(ApiRequestHandler handler, OperatorSignIn signIn)
{
    public Task<IActionResult> HandleAsync(
        HttpRequest request,
        Func<OperatorCaller, CancellationToken, Task<IActionResult>> handle)
    {
        return handler.HandleAsync(request, ApiSurface.Operator, async cancellationToken =>
            await handle(await signIn.AuthenticateAsync(request, cancellationToken), cancellationToken));
    }

    public Task<IActionResult> HandlePublicAsync(
        HttpRequest request,
        Func<CancellationToken, Task<IActionResult>> handle) =>
        handler.HandleAsync(request, ApiSurface.Operator, handle);
}

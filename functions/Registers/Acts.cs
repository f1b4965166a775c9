using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Registers;

/// <summary>
/// Acts, the Documents tab's other half, which the partner guide marks as under development: the profile gets a
/// clear 501 it can show, after the same checks as any call about the service.
/// </summary>
public sealed class Acts(StorageAccount storage)
{
    public async Task<IActionResult> ListAsync(
        ProfileCaller caller,
        string serviceId,
        CancellationToken cancellationToken)
    {
        await storage.Table(MerchantTable.Name).RequireServiceAsync(caller.MerchantId, serviceId, cancellationToken);
        throw new ApiException(
            StatusCodes.Status501NotImplemented,
            "api.acts.not.available",
            "Acts are not available yet.",
            "Acts are under development; registers are available.");
    }
}

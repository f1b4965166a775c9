using MerchantDesk.Access;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Credentials;

/// <summary>The QR code beside a site's public key: it opens the site's payment form, to print or download.</summary>
public sealed class QrCodeFunctions(ProfileApi api, SettingsTab settings)
{
    [Function("GetSiteQrCode")]
    [ApiOperation(SettingsFunctions.Tag,
        "A QR code of the site's payment form as image/png or image/svg+xml; 'size' is pixels per module (2-40, "
        + "default 20: about 8 cm at 300 dpi, for A6 print)",
        Auth = ApiAuth.Session, Errors = [401, 403, 404], Query = ["format", "size"])]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/sites/{siteId}/qr")] HttpRequest request,
        string siteId)
    {
        return api.HandleAsync(request, Permission.ViewServices, async (caller, ct) =>
            QrImages.Answer(request, await settings.PaymentFormUrlAsync(caller, siteId, ct)));
    }
}

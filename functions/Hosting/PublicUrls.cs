using Microsoft.Extensions.Options;

namespace MerchantDesk.Hosting;

/// <summary>Absolute URLs under the public base URL, for links in mail, pay URLs and QR codes.</summary>
public sealed class PublicUrls(IOptions<MerchantDeskOptions> options)
{
    private readonly Uri _base = new(options.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + "/");

    public Uri At(string relative) => new(_base, relative);
}

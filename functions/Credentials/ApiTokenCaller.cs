using MerchantDesk.Api;
using MerchantDesk.Sites;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Credentials;

/// <summary>
/// A merchant's server behind a protocol call, as its API token describes it. The token covers the sites and
/// payment methods of its service as they were when it was issued; a site or method added later needs a new token.
/// </summary>
public sealed record ApiTokenCaller(
    string TokenId,
    string MerchantId,
    string HomeSiteId,
    IReadOnlySet<string> SiteIds,
    IReadOnlySet<PaymentMethod> PaymentMethods)
{
    public static ApiTokenCaller Of(ApiTokenEntity token) => new(
        token.TokenId,
        token.MerchantId,
        token.HomeSiteId,
        SiteIdList.Parse(token.SiteIds).ToHashSet(StringComparer.Ordinal),
        PaymentMethodList.Parse(token.PaymentMethods).ToHashSet());

    /// <summary>Refuses (403) a site the token does not cover, whether or not the site exists.</summary>
    public void DemandSite(string siteId)
    {
        if (!SiteIds.Contains(siteId))
        {
            throw new ApiException(
                StatusCodes.Status403Forbidden,
                "api.site.not.covered",
                $"This API token does not cover the site '{siteId}'. A site added after the token was issued "
                + "needs a new token.");
        }
    }

    /// <summary>
    /// Refuses (403) a payment method the token does not cover. The site itself must still enable the method: the
    /// token covers the methods of all its sites together.
    /// </summary>
    public void DemandMethod(PaymentMethod method)
    {
        if (!PaymentMethods.Contains(method))
        {
            throw new ApiException(
                StatusCodes.Status403Forbidden,
                "api.payment.method.not.covered",
                $"This API token does not cover the payment method '{method}'. A method enabled after the token was "
                + "issued needs a new token.");
        }
    }
}

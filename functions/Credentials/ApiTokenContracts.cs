using MerchantDesk.Sites;

namespace MerchantDesk.Credentials;

/// <param name="Comment">What the token is for, as the merchant will recognise it in the list.</param>
public sealed record IssueApiTokenRequest(string Comment);

/// <param name="Token">The token itself, shown in this answer only: copy it now; it is stored only as a hash.</param>
public sealed record IssuedApiToken(string Token, ApiTokenView ApiToken);

/// <param name="Prefix">The token's first characters, to tell tokens apart.</param>
/// <param name="HomeSiteId">The site it was issued on.</param>
/// <param name="SiteIds">The sites it covers: the service's sites when it was issued.</param>
/// <param name="PaymentMethods">The payment methods enabled on those sites when it was issued.</param>
public sealed record ApiTokenView(
    string TokenId,
    string Prefix,
    string Comment,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    string HomeSiteId,
    IReadOnlyList<string> SiteIds,
    IReadOnlyList<PaymentMethod> PaymentMethods)
{
    public static ApiTokenView Of(ApiTokenListingEntity row) => new(
        row.TokenId,
        row.Prefix,
        row.Comment,
        row.CreatedBy,
        row.CreatedAt,
        row.LastUsedAt,
        row.HomeSiteId,
        SiteIdList.Parse(row.SiteIds),
        PaymentMethodList.Parse(row.PaymentMethods));
}

using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Audit;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Credentials;

/// <summary>
/// Issues, lists and revokes a merchant's API tokens. Each token has two rows: the protocol's, keyed by the
/// token's hash, and the listing row in the merchant's partition. Issuing writes the listing first and revoking
/// deletes it last, so a token that works is always listed, and a revocation that failed halfway is completed by
/// trying again.
/// </summary>
public sealed partial class ApiTokenService(
    StorageAccount storage,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ApiTokenService> logger)
{
    public const string TokenPrefix = "mdk_";

    private const int MaxCommentLength = 100;
    private const int ShownPrefixLength = 8;

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    private TableClient Tokens => storage.Table(ApiTokenEntity.TableName);

    public async Task<IssuedApiToken> IssueAsync(
        ProfileCaller caller,
        string siteId,
        IssueApiTokenRequest request,
        CancellationToken cancellationToken)
    {
        var comment = Require.Text(request.Comment, "comment", MaxCommentLength);
        var home = await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var covered = await SitesOfServiceAsync(caller.MerchantId, home.ServiceId, cancellationToken);

        var token = SecretToken.New(TokenPrefix);
        var listing = NewListing(caller, home, covered, token, comment);
        await Merchants.AddEntityAsync(listing, cancellationToken);
        await Tokens.AddEntityAsync(LookupOf(listing), cancellationToken);

        LogIssued(listing.TokenId, siteId, caller.MerchantId);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.ApiTokenIssued, caller.Email,
            detail: $"{listing.TokenId} on site {siteId}: {comment}", cancellationToken: cancellationToken);
        return new IssuedApiToken(token, ApiTokenView.Of(listing));
    }

    public async Task RevokeAsync(
        ProfileCaller caller,
        string siteId,
        string tokenId,
        CancellationToken cancellationToken)
    {
        await Merchants.RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var listing = await FindListingAsync(caller.MerchantId, tokenId, cancellationToken);
        if (listing is null || listing.HomeSiteId != siteId)
        {
            throw ApiException.NotFound("api.token.not.found", "No such API token on this site.");
        }

        // A delete succeeds when the row is already gone, so a retry after a half-done revocation completes it.
        await Tokens.DeleteEntityAsync(listing.TokenHash, ApiTokenEntity.Row, ETag.All, cancellationToken);
        await Merchants.DeleteEntityAsync(listing.PartitionKey, listing.RowKey, ETag.All, cancellationToken);

        LogRevoked(tokenId, siteId, caller.MerchantId);
        await audit.RecordAsync(caller.MerchantId, AuditEvent.ApiTokenRevoked, caller.Email,
            detail: $"{tokenId} on site {siteId}: {listing.Comment}", cancellationToken: cancellationToken);
    }

    /// <summary>Every token of the merchant: one range query in its partition.</summary>
    public Task<List<ApiTokenListingEntity>> ListAsync(string merchantId, CancellationToken cancellationToken) =>
        Merchants.ReadRowsAsync<ApiTokenListingEntity>(merchantId, ApiTokenListingEntity.RowPrefix, cancellationToken);

    /// <summary>A token of the merchant by its id, or null.</summary>
    public async Task<ApiTokenListingEntity?> FindListingAsync(
        string merchantId,
        string tokenId,
        CancellationToken cancellationToken)
    {
        if (!RouteIds.IsWellFormed(tokenId))
        {
            return null;
        }

        var listing = await Merchants.GetEntityIfExistsAsync<ApiTokenListingEntity>(
            merchantId,
            ApiTokenListingEntity.RowOf(tokenId),
            cancellationToken: cancellationToken);
        return listing.HasValue ? listing.Value : null;
    }

    private async Task<List<SiteEntity>> SitesOfServiceAsync(
        string merchantId,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var sites = await Merchants.ReadRowsAsync<SiteEntity>(merchantId, MerchantTable.SitePrefix, cancellationToken);
        return sites.Where(site => site.ServiceId == serviceId).ToList();
    }

    private ApiTokenListingEntity NewListing(
        ProfileCaller caller,
        SiteEntity home,
        List<SiteEntity> covered,
        string token,
        string comment)
    {
        var tokenId = Keys.NewId("tok");
        return new ApiTokenListingEntity
        {
            PartitionKey = caller.MerchantId,
            RowKey = ApiTokenListingEntity.RowOf(tokenId),
            TokenId = tokenId,
            TokenHash = SecretToken.Hash(token),
            Prefix = token[..ShownPrefixLength],
            Comment = comment,
            CreatedBy = caller.Email,
            CreatedAt = clock.GetUtcNow(),
            HomeSiteId = home.SiteId,
            SiteIds = SiteIdList.Format(covered.Select(site => site.SiteId)),
            PaymentMethods = PaymentMethodList.Format(
                covered.SelectMany(site => PaymentMethodList.Parse(site.PaymentMethods))),
        };
    }

    private static ApiTokenEntity LookupOf(ApiTokenListingEntity listing) => new()
    {
        PartitionKey = listing.TokenHash,
        TokenId = listing.TokenId,
        MerchantId = listing.PartitionKey,
        HomeSiteId = listing.HomeSiteId,
        SiteIds = listing.SiteIds,
        PaymentMethods = listing.PaymentMethods,
    };

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information,
        Message = "API token {TokenId} issued on site {SiteId} of merchant {MerchantId}")]
    private partial void LogIssued(string tokenId, string siteId, string merchantId);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information,
        Message = "API token {TokenId} on site {SiteId} of merchant {MerchantId} revoked")]
    private partial void LogRevoked(string tokenId, string siteId, string merchantId);
}

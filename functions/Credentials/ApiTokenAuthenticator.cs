using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Credentials;

/// <summary>
/// Turns a protocol call's <c>Authorization: Bearer</c> API token into the caller it stands for: one point read by
/// the token's hash, and one of its home site, which must still exist. A missing, unknown or revoked token is a 401.
/// </summary>
public sealed partial class ApiTokenAuthenticator(
    StorageAccount storage,
    TimeProvider clock,
    ILogger<ApiTokenAuthenticator> logger)
{
    // Writing the last-used time on every call would double the writes; once a minute is precise enough.
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private TableClient Tokens => storage.Table(ApiTokenEntity.TableName);

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    public async Task<ApiTokenCaller> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var secret = BearerToken.From(request) ?? throw NotAuthenticated();
        return await FindAsync(SecretToken.Hash(secret), cancellationToken) ?? throw NotAuthenticated();
    }

    /// <summary>
    /// The caller a token stands for, by the token's hash; null when the token is unknown or revoked, or its home
    /// site is gone. For holders of the hash only, such as a Telegram chat bound to the token.
    /// </summary>
    public async Task<ApiTokenCaller?> FindAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var found = await Tokens.GetEntityIfExistsAsync<ApiTokenEntity>(
            tokenHash,
            ApiTokenEntity.Row,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } token)
        {
            return null;
        }

        if (await Merchants.FindSiteAsync(token.MerchantId, token.HomeSiteId, cancellationToken) is null)
        {
            LogHomeSiteGone(token.TokenId, token.HomeSiteId);
            return null;
        }

        await TouchAsync(token, cancellationToken);
        return ApiTokenCaller.Of(token);
    }

    private static ApiException NotAuthenticated() =>
        ApiException.Unauthorized("Send a valid API token: 'Authorization: Bearer <token>'.");

    private async Task TouchAsync(ApiTokenEntity token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (token.LastUsedAt is { } last && now - last < TouchEvery)
        {
            return;
        }

        token.LastUsedAt = now;
        try
        {
            await Tokens.UpdateEntityAsync(token, token.ETag, TableUpdateMode.Replace, cancellationToken);
            await Merchants.UpdateEntityAsync(
                new TableEntity(token.MerchantId, ApiTokenListingEntity.RowOf(token.TokenId))
                {
                    [nameof(ApiTokenListingEntity.LastUsedAt)] = now,
                },
                ETag.All,
                TableUpdateMode.Merge,
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // A parallel call recorded the time first, or the token was revoked meanwhile: this call may go on.
        }
    }

    [LoggerMessage(EventId = 1510, Level = LogLevel.Warning,
        Message = "API token {TokenId} refused: its home site {SiteId} no longer exists")]
    private partial void LogHomeSiteGone(string tokenId, string siteId);
}

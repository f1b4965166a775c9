using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Telegram;

/// <summary>
/// "Use for invoicing via Telegram": a deep link whose start code binds the chat that opens it to one API token,
/// without pasting the token. A code works once and for <see cref="Lifetime"/>; only its hash is stored.
/// </summary>
public sealed class StartCodes(
    StorageAccount storage,
    ApiTokenService tokens,
    BotLinks links,
    TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private TableClient Codes => storage.Table(StartCodeEntity.TableName);

    public async Task<TelegramLinkView> CreateAsync(
        ProfileCaller caller,
        string siteId,
        string tokenId,
        CancellationToken cancellationToken)
    {
        var bot = links.RequireBot();
        await storage.Table(MerchantTable.Name).RequireSiteAsync(caller.MerchantId, siteId, cancellationToken);
        var listing = await tokens.FindListingAsync(caller.MerchantId, tokenId, cancellationToken);
        if (listing is null || listing.HomeSiteId != siteId)
        {
            throw ApiException.NotFound("api.token.not.found", "No such API token on this site.");
        }

        var code = Keys.NewUnguessableId("tg");
        var expiresAt = clock.GetUtcNow() + Lifetime;
        await Codes.AddEntityAsync(
            new StartCodeEntity
            {
                PartitionKey = SecretToken.Hash(code),
                MerchantId = caller.MerchantId,
                TokenId = listing.TokenId,
                TokenHash = listing.TokenHash,
                ExpiresAt = expiresAt,
            },
            cancellationToken);
        return new TelegramLinkView(new Uri(bot, "?start=" + code).AbsoluteUri, expiresAt);
    }

    /// <summary>The code's token hash, using the code up; null for an unknown, used or expired code.</summary>
    public async Task<string?> RedeemAsync(string code, CancellationToken cancellationToken)
    {
        var found = await Codes.GetEntityIfExistsAsync<StartCodeEntity>(
            SecretToken.Hash(code),
            StartCodeEntity.Row,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } start)
        {
            return null;
        }

        try
        {
            await Codes.DeleteEntityAsync(start.PartitionKey, start.RowKey, start.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }

        return start.ExpiresAt > clock.GetUtcNow() ? start.TokenHash : null;
    }
}

/// <param name="Url">Opens a chat with the payment bot that binds itself to the token on /start.</param>
/// <param name="ExpiresAt">The link works once, until then.</param>
public sealed record TelegramLinkView(string Url, DateTimeOffset ExpiresAt);

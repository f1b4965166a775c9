using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>Issues and redeems the one-time, expiring tokens behind invitation and password-reset links.</summary>
public sealed class EmailLinks(StorageAccount storage, TimeProvider clock)
{
    private const string TokenPrefix = "mdl_";

    private TableClient Links => storage.Table(EmailLinkEntity.TableName);

    public static TimeSpan LifetimeOf(EmailLinkPurpose purpose) => purpose switch
    {
        EmailLinkPurpose.Invitation => TimeSpan.FromDays(3),
        _ => TimeSpan.FromHours(1),
    };

    public async Task<string> IssueAsync(UserEntity user, EmailLinkPurpose purpose, CancellationToken cancellationToken)
    {
        var token = SecretToken.New(TokenPrefix);
        var link = new EmailLinkEntity
        {
            PartitionKey = SecretToken.Hash(token),
            Purpose = purpose,
            MerchantId = user.MerchantId,
            UserId = user.UserId,
            SecurityStamp = user.SecurityStamp,
            ExpiresAt = clock.GetUtcNow() + LifetimeOf(purpose),
        };
        await Links.AddEntityAsync(link, cancellationToken);
        return token;
    }

    /// <summary>The unexpired link of <paramref name="token"/>; anything else is one clear 400.</summary>
    public async Task<EmailLinkEntity> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || !token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            throw Unusable();
        }

        var found = await Links.GetEntityIfExistsAsync<EmailLinkEntity>(
            SecretToken.Hash(token),
            EmailLinkEntity.Row,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } link || link.ExpiresAt <= clock.GetUtcNow())
        {
            throw Unusable();
        }

        return link;
    }

    public async Task RemoveAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            await Links.DeleteEntityAsync(SecretToken.Hash(token), EmailLinkEntity.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            // Removed by a parallel request.
        }
    }

    public static ApiException Unusable() => ApiException.BadRequest(
        "api.link.invalid",
        "This link is invalid, used or expired. Ask for a new one with \"Remind me\".");
}

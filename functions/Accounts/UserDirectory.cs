using Azure;
using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>Finds users by merchant, id or email, and claims email addresses for new users.</summary>
public sealed class UserDirectory(StorageAccount storage, TimeProvider clock)
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private TableClient Merchants => storage.Table(MerchantTable.Name);

    private TableClient Emails => storage.Table(EmailIndexEntity.TableName);

    public async Task<UserEntity?> FindAsync(string merchantId, string userId, CancellationToken cancellationToken)
    {
        var user = await Merchants.GetEntityIfExistsAsync<UserEntity>(
            merchantId,
            MerchantTable.UserRow(userId),
            cancellationToken: cancellationToken);
        return user.HasValue ? user.Value : null;
    }

    public async Task<UserEntity?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = EmailIndexEntity.KeyOf(normalizedEmail);
        var index = await Emails.GetEntityIfExistsAsync<EmailIndexEntity>(
            partitionKey,
            rowKey,
            cancellationToken: cancellationToken);
        if (!index.HasValue || index.Value is not { } claim)
        {
            return null;
        }

        var user = await FindAsync(claim.MerchantId, claim.UserId, cancellationToken);
        return user?.Email == normalizedEmail ? user : null;
    }

    /// <summary>Every user of the merchant; a team is small enough to read in one query.</summary>
    public Task<List<UserEntity>> ListAsync(string merchantId, CancellationToken cancellationToken) =>
        Merchants.ReadRowsAsync<UserEntity>(merchantId, MerchantTable.UserPrefix, cancellationToken);

    /// <summary>
    /// Claims <paramref name="normalizedEmail"/> for a user about to be created. A claim whose user was never
    /// written (a create that failed half way) is taken over once it is older than a create can take.
    /// </summary>
    public async Task ClaimEmailAsync(
        string normalizedEmail,
        string merchantId,
        string userId,
        CancellationToken cancellationToken)
    {
        var claim = EmailIndexEntity.For(normalizedEmail, merchantId, userId);
        if (await Emails.TryAddAsync(claim, cancellationToken)
            || await TryTakeOverAbandonedClaimAsync(claim, cancellationToken))
        {
            return;
        }

        throw ApiException.Conflict("api.user.email.taken", "A user with this email already exists.");
    }

    private async Task<bool> TryTakeOverAbandonedClaimAsync(EmailIndexEntity claim, CancellationToken cancellationToken)
    {
        var existing = await Emails.GetEntityIfExistsAsync<EmailIndexEntity>(
            claim.PartitionKey,
            claim.RowKey,
            cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is not { } current
            || current.Timestamp > clock.GetUtcNow() - AbandonedAfter
            || await FindAsync(current.MerchantId, current.UserId, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await Emails.UpdateEntityAsync(claim, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412)
        {
            return false;
        }
    }

    public async Task ReleaseEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = EmailIndexEntity.KeyOf(normalizedEmail);
        await Emails.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
    }
}

using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>
/// Commits a change to a merchant's team in one entity group transaction with a bump of the merchant row's
/// version. Two changes decided on the same team (two Administrators demoting each other) cannot both commit:
/// the second fails on the merchant row's ETag, reads the team again and decides again.
/// </summary>
public sealed class TeamChanges(StorageAccount storage, UserDirectory users)
{
    private TableClient Merchants => storage.Table(MerchantTable.Name);

    /// <param name="decide">Checks the change against the team (throwing an <see cref="ApiException"/> to refuse)
    /// and returns the one write to make.</param>
    public async Task CommitAsync(
        string merchantId,
        Func<MerchantTeam, TableTransactionAction> decide,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var team = await ReadTeamAsync(merchantId, cancellationToken);
            var write = decide(team);
            team.Merchant.TeamVersion++;
            TableTransactionAction[] transaction =
            [
                new(TableTransactionActionType.UpdateReplace, team.Merchant, team.Merchant.ETag),
                write,
            ];
            try
            {
                await Merchants.SubmitTransactionAsync(transaction, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412)
            {
                // Someone changed the team in between: decide again on what is there now.
            }
        }

        throw ApiException.Conflict("api.concurrent.update", "The team changed too often; try again.");
    }

    public async Task<MerchantTeam> ReadTeamAsync(string merchantId, CancellationToken cancellationToken)
    {
        var merchant = await Merchants.GetEntityIfExistsAsync<MerchantEntity>(
            merchantId,
            MerchantTable.ProfileRow,
            cancellationToken: cancellationToken);
        if (!merchant.HasValue || merchant.Value is null)
        {
            throw ApiException.NotFound("api.merchant.not.found", "No such merchant.");
        }

        return new MerchantTeam(merchant.Value, await users.ListAsync(merchantId, cancellationToken));
    }
}

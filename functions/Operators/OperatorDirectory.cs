using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Storage;

namespace MerchantDesk.Operators;

public sealed class OperatorDirectory(StorageAccount storage)
{
    private TableClient Operators => storage.Table(OperatorEntity.TableName);

    public async Task<OperatorEntity?> FindAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var found = await Operators.GetEntityIfExistsAsync<OperatorEntity>(
            OperatorEntity.KeyOf(normalizedEmail),
            OperatorEntity.Row,
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Adds an operator unless one with the address exists; false when it did.</summary>
    public Task<bool> TryAddAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email, "operator email");
        Passwords.EnsureAcceptable(password, normalized);
        var entity = new OperatorEntity
        {
            PartitionKey = OperatorEntity.KeyOf(normalized),
            Email = normalized,
            PasswordHash = Passwords.Hash(password),
            SecurityStamp = PasswordService.NewStamp(),
        };
        return Operators.TryAddAsync(entity, cancellationToken);
    }
}

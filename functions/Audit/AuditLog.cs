using MerchantDesk.Storage;

namespace MerchantDesk.Audit;

/// <summary>Records security events per merchant and lists them newest first.</summary>
public sealed class AuditLog(StorageAccount storage, TimeProvider clock)
{
    public async Task RecordAsync(
        string merchantId,
        AuditEvent auditEvent,
        string actor,
        string? subject = null,
        string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var entry = new AuditEntity
        {
            PartitionKey = merchantId,
            RowKey = Keys.NewestFirstUnique(now),
            Event = auditEvent,
            Actor = actor,
            Subject = subject,
            Detail = detail,
            At = now,
        };
        await storage.Table(AuditEntity.TableName).AddEntityAsync(entry, cancellationToken);
    }

    public Task<PagedList<AuditEntity>> ListAsync(
        string merchantId,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {merchantId}");
        return storage.Table(AuditEntity.TableName).ReadPageAsync<AuditEntity>(filter, page, cancellationToken);
    }
}

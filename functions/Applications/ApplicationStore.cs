using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Applications;

/// <summary>Reads and writes applications in the operators' partition and mirrors them to their merchant's.</summary>
public sealed class ApplicationStore(StorageAccount storage)
{
    private TableClient Applications => storage.Table(ApplicationEntity.TableName);

    public Task AddAsync(ApplicationEntity application, CancellationToken cancellationToken) =>
        Applications.AddEntityAsync(application, cancellationToken);

    public async Task<ApplicationEntity> GetAsync(string applicationId, CancellationToken cancellationToken) =>
        await FindAsync(ApplicationEntity.OperatorPartition, applicationId, cancellationToken) ?? throw NotFound();

    /// <summary>One of the merchant's own applications; another merchant's is simply not found.</summary>
    public async Task<ApplicationEntity> GetForMerchantAsync(
        string merchantId,
        string applicationId,
        CancellationToken cancellationToken)
    {
        var partition = ApplicationEntity.MerchantPartition(merchantId);
        return await FindAsync(partition, applicationId, cancellationToken) ?? throw NotFound();
    }

    /// <summary>Changes an application under ETag concurrency, then mirrors it to its merchant's partition.</summary>
    public async Task<ApplicationEntity> UpdateAsync(
        string applicationId,
        Action<ApplicationEntity> change,
        CancellationToken cancellationToken)
    {
        var updated = await Applications.UpdateAsync(
            ApplicationEntity.OperatorPartition,
            applicationId,
            change,
            cancellationToken) ?? throw NotFound();
        if (updated.MerchantId is { } merchantId && updated.Status == ApplicationStatus.Approved)
        {
            updated.PartitionKey = ApplicationEntity.MerchantPartition(merchantId);
            await Applications.UpsertEntityAsync(updated, TableUpdateMode.Replace, cancellationToken);
            updated.PartitionKey = ApplicationEntity.OperatorPartition;
        }

        return updated;
    }

    public Task<PagedList<ApplicationEntity>> ListAsync(
        string partition,
        ApplicationStatus? status,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var filter = status is { } wanted
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Status eq {wanted.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        return Applications.ReadPageAsync<ApplicationEntity>(filter, page, cancellationToken);
    }

    private async Task<ApplicationEntity?> FindAsync(
        string partition,
        string applicationId,
        CancellationToken cancellationToken)
    {
        var found = await Applications.GetEntityIfExistsAsync<ApplicationEntity>(
            partition,
            applicationId,
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static ApiException NotFound() =>
        ApiException.NotFound("api.application.not.found", "No such application.");
}

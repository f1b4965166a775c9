using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Storage;

/// <summary>
/// Creates every registered table, queue (with its poison queue) and container at start. Creation is idempotent,
/// and a storage account that is not reachable yet is retried in the background instead of failing the start,
/// so /health can say what is wrong.
/// </summary>
public sealed partial class StorageProvisioner(
    StorageAccount storage,
    IEnumerable<StorageResource> resources,
    TimeProvider clock,
    ILogger<StorageProvisioner> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource _provisioned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsProvisioned => _provisioned.Task.IsCompletedSuccessfully;

    /// <summary>Completes once every resource exists.</summary>
    public Task Provisioned => _provisioned.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProvisionAllAsync(stoppingToken);
                _provisioned.TrySetResult();
                return;
            }
            catch (RequestFailedException ex)
            {
                LogProvisioningFailed(ex.Status, ex.ErrorCode);
            }
            catch (HttpRequestException ex)
            {
                LogStorageUnreachable(ex.Message);
            }

            await Task.Delay(RetryDelay, clock, stoppingToken);
        }
    }

    private async Task ProvisionAllAsync(CancellationToken cancellationToken)
    {
        var distinct = resources.Distinct().ToList();
        foreach (var resource in distinct)
        {
            await ProvisionAsync(resource, cancellationToken);
        }

        LogProvisioned(distinct.Count);
    }

    private async Task ProvisionAsync(StorageResource resource, CancellationToken cancellationToken)
    {
        switch (resource.Kind)
        {
            case StorageKind.Table:
                await storage.Table(resource.Name).CreateIfNotExistsAsync(cancellationToken);
                break;
            case StorageKind.Queue:
                await storage.Queue(resource.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                var poison = StorageResource.PoisonQueueOf(resource.Name);
                await storage.Queue(poison).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                break;
            case StorageKind.BlobContainer:
                await storage.Container(resource.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                break;
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Storage ready: {Count} resources exist")]
    private partial void LogProvisioned(int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Creating storage resources failed with {Status} {ErrorCode}; retrying")]
    private partial void LogProvisioningFailed(int status, string? errorCode);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Storage is unreachable ({Reason}); retrying")]
    private partial void LogStorageUnreachable(string reason);
}

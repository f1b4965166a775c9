using System.Diagnostics;
using Azure;
using MerchantDesk.Storage;

namespace MerchantDesk.Health;

/// <summary>Asks each storage service for one item, with a deadline, to prove the app can reach it.</summary>
public sealed class StorageHealthCheck(StorageAccount storage, StorageProvisioner provisioner)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        (string Name, Func<CancellationToken, Task> Probe)[] probes =
        [
            ("tables", ct => ReadOnePageAsync(storage.Tables.QueryAsync(cancellationToken: ct))),
            ("queues", ct => ReadOnePageAsync(storage.Queues.GetQueuesAsync(cancellationToken: ct))),
            ("blobs", ct => ReadOnePageAsync(storage.Blobs.GetBlobContainersAsync(cancellationToken: ct))),
        ];
        var checks = await Task.WhenAll(probes.Select(p => ProbeAsync(p.Name, p.Probe, cancellationToken)));

        var all = checks.Append(Provisioning()).ToList();
        var overall = all.TrueForAll(c => c.Status == HealthStatus.Healthy)
            ? HealthStatus.Healthy
            : HealthStatus.Unhealthy;
        return new HealthReport(overall, all);
    }

    private static async Task<DependencyHealth> ProbeAsync(
        string name,
        Func<CancellationToken, Task> probe,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        var watch = Stopwatch.StartNew();
        var problem = await ProblemOfAsync(probe, deadline.Token, cancellationToken);
        var status = problem is null ? HealthStatus.Healthy : HealthStatus.Unhealthy;
        return new DependencyHealth(name, status, watch.ElapsedMilliseconds, problem);
    }

    private static async Task<string?> ProblemOfAsync(
        Func<CancellationToken, Task> probe,
        CancellationToken deadline,
        CancellationToken cancellationToken)
    {
        try
        {
            await probe(deadline);
            return null;
        }
        catch (RequestFailedException ex)
        {
            return $"storage answered {ex.Status} {ex.ErrorCode}";
        }
        catch (HttpRequestException)
        {
            return "unreachable";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {Deadline.TotalSeconds:0} s";
        }
    }

    private static async Task ReadOnePageAsync<T>(AsyncPageable<T> items)
        where T : notnull
    {
        await foreach (var _ in items.AsPages(pageSizeHint: 1))
        {
            return;
        }
    }

    private DependencyHealth Provisioning() => provisioner.IsProvisioned
        ? new DependencyHealth("provisioning", HealthStatus.Healthy, 0)
        : new DependencyHealth("provisioning", HealthStatus.Unhealthy, 0, "tables and queues are not all created yet");
}

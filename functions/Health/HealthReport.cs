namespace MerchantDesk.Health;

/// <summary>What /health answers: the overall state and each dependency checked.</summary>
public sealed record HealthReport(HealthStatus Status, IReadOnlyList<DependencyHealth> Checks);

/// <param name="Name">The dependency: <c>tables</c>, <c>queues</c>, <c>blobs</c> or <c>provisioning</c>.</param>
/// <param name="Problem">A short reason when unhealthy; never a connection string or account key.</param>
public sealed record DependencyHealth(string Name, HealthStatus Status, long DurationMs, string? Problem = null);

public enum HealthStatus
{
    Healthy,
    Unhealthy,
}

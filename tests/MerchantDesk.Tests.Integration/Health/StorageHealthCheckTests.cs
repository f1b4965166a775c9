using MerchantDesk.Health;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Health;

public sealed class StorageHealthCheckTests
{
    [Fact]
    public async Task CheckAsync_AzuriteUpAndProvisioned_IsHealthy()
    {
        var storage = Azurite.Account();
        var provisioner = ProvisionerOf(storage);
        await provisioner.StartAsync(default);
        await provisioner.Provisioned.WaitAsync(TimeSpan.FromSeconds(10));

        var report = await new StorageHealthCheck(storage, provisioner).CheckAsync(default);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(["tables", "queues", "blobs", "provisioning"], report.Checks.Select(c => c.Name));
        await provisioner.StopAsync(default);
    }

    [Fact]
    public async Task CheckAsync_StorageUnreachable_IsUnhealthyWithoutSecrets()
    {
        var unreachable = new StorageOptions { ConnectionString = WithClosedBlobPort(Azurite.ConnectionString) };
        var storage = new StorageAccount(Options.Create(unreachable));
        var provisioner = ProvisionerOf(storage);

        var report = await new StorageHealthCheck(storage, provisioner).CheckAsync(default);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        var blobs = Assert.Single(report.Checks, c => c.Name == "blobs");
        Assert.Equal(HealthStatus.Unhealthy, blobs.Status);
        Assert.DoesNotContain("AccountKey", blobs.Problem, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, report.Checks.Single(c => c.Name == "provisioning").Status);
    }

    private static StorageProvisioner ProvisionerOf(StorageAccount storage) =>
        new(storage, [], TimeProvider.System, NullLogger<StorageProvisioner>.Instance);

    // Port 9 (discard) has no listener on a test machine, so connections are refused at once.
    private static string WithClosedBlobPort(string connectionString) =>
        System.Text.RegularExpressions.Regex.Replace(
            connectionString, @"BlobEndpoint=http://127\.0\.0\.1:\d+", "BlobEndpoint=http://127.0.0.1:9");
}

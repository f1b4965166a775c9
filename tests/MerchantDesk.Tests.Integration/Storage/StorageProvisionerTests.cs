using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MerchantDesk.Tests.Storage;

public sealed class StorageProvisionerTests
{
    [Fact]
    public async Task StartAsync_RegisteredResources_CreatesThemWithPoisonQueues()
    {
        var storage = Azurite.Account();
        var (table, queue, container) = (Azurite.UniqueName("t"), Azurite.UniqueName("q"), Azurite.UniqueName("c"));
        var provisioner = Provisioner(storage, table, queue, container);

        await RunUntilProvisionedAsync(provisioner);

        Assert.True(provisioner.IsProvisioned);
        Assert.True(await ExistsAsync(storage.Tables.QueryAsync(t => t.Name == table)));
        Assert.True((await storage.Queue(queue).ExistsAsync()).Value);
        Assert.True((await storage.Queue(queue + "-poison").ExistsAsync()).Value);
        Assert.True((await storage.Container(container).ExistsAsync()).Value);
    }

    [Fact]
    public async Task StartAsync_ResourcesAlreadyExist_Succeeds()
    {
        var storage = Azurite.Account();
        var names = (Azurite.UniqueName("t"), Azurite.UniqueName("q"), Azurite.UniqueName("c"));
        await RunUntilProvisionedAsync(Provisioner(storage, names.Item1, names.Item2, names.Item3));

        var again = Provisioner(storage, names.Item1, names.Item2, names.Item3);
        await RunUntilProvisionedAsync(again);

        Assert.True(again.IsProvisioned);
    }

    private static StorageProvisioner Provisioner(
        StorageAccount storage,
        string table,
        string queue,
        string container) =>
        new(
            storage,
            [
                new StorageResource(StorageKind.Table, table),
                new StorageResource(StorageKind.Queue, queue),
                new StorageResource(StorageKind.BlobContainer, container),
            ],
            TimeProvider.System,
            NullLogger<StorageProvisioner>.Instance);

    private static async Task RunUntilProvisionedAsync(StorageProvisioner provisioner)
    {
        await provisioner.StartAsync(default);
        await provisioner.Provisioned.WaitAsync(TimeSpan.FromSeconds(10));
        await provisioner.StopAsync(default);
    }

    private static async Task<bool> ExistsAsync<T>(Azure.AsyncPageable<T> items)
        where T : notnull
    {
        await foreach (var _ in items)
        {
            return true;
        }

        return false;
    }
}

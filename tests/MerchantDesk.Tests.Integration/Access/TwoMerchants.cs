using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Access;

/// <summary>Two merchants with a user of each role, made once for the access tests.</summary>
public sealed class TwoMerchants(AppHost app) : IAsyncLifetime
{
    public TestMerchant Mine { get; private set; } = null!;

    public TestMerchant Other { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mine = await TestMerchant.CreateAsync(app, "Mine LLC");
        Other = await TestMerchant.CreateAsync(app, "Other LLC");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

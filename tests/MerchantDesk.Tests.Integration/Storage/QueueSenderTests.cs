using System.Text;
using System.Text.Json;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Storage;

public sealed class QueueSenderTests
{
    [Fact]
    public async Task SendAsync_Message_IsBase64JsonAsTheQueueTriggerReadsIt()
    {
        var storage = Azurite.Account();
        var queue = storage.Queue(Azurite.UniqueName("q"));
        await queue.CreateAsync();

        await new QueueSender(storage).SendAsync(queue.Name, new WorkItem("site-1", RegisterDay: "2026-12-02"));

        // Read with a client that does no decoding, as the host's raw view of the queue.
        var raw = new Azure.Storage.Queues.QueueClient(Azurite.ConnectionString, queue.Name);
        var message = (await raw.ReceiveMessageAsync()).Value;
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        Assert.Equal("""{"siteId":"site-1","registerDay":"2026-12-02"}""", json);
    }

    [Fact]
    public async Task SendAsync_WithDelay_StaysInvisibleUntilThen()
    {
        var storage = Azurite.Account();
        var queue = storage.Queue(Azurite.UniqueName("q"));
        await queue.CreateAsync();

        await new QueueSender(storage).SendAsync(
            queue.Name,
            new WorkItem("site-1", "2026-12-02"),
            TimeSpan.FromMinutes(5));

        var visible = await queue.ReceiveMessagesAsync(maxMessages: 1);
        Assert.Empty(visible.Value);
        var properties = await queue.GetPropertiesAsync();
        Assert.Equal(1, properties.Value.ApproximateMessagesCount);
    }

    private sealed record WorkItem(string SiteId, string RegisterDay);
}

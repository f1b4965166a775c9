using System.Text.Json;
using Azure.Storage.Queues.Models;
using LocalRunner.Tests.Fixtures;

namespace LocalRunner.Tests;

public sealed class QueueTriggerTests
{
    [Fact]
    public async Task Message_BoundToClass_IsDeserializedWithAppJsonOptionsAndDeleted()
    {
        var queueName = Azurite.NewQueueName("orders");
        using var folder = new TestAppFolder()
            .WithHostJson(TestAppFolder.FastQueues)
            .WithSetting("AzureWebJobsStorage", Azurite.ConnectionString)
            .WithSetting("OrdersQueue", queueName)
            .WithFunction(FunctionJson.Queue("RecordOrder", "OrderFunctions.RecordAsync", "order", "%OrdersQueue%"));
        var json = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        await using var app = await TestApp.StartAsync(folder, json: json);
        var queue = await Azurite.QueueAsync(queueName);

        await queue.SendMessageAsync("""{"order_id":"A-1","amount":12.50}""");

        Assert.Equal(new OrderPlaced("A-1", 12.50m), await app.Calls.NextAsync());
        await WaitUntilAsync(async () => (await queue.PeekMessagesAsync()).Value.Length == 0);
    }

    [Fact]
    public async Task Message_FailingEveryTime_MovesToPoisonQueueAfterMaxDequeueCount()
    {
        var queueName = Azurite.NewQueueName("rejects");
        using var folder = new TestAppFolder()
            .WithHostJson(TestAppFolder.FastQueues)
            .WithSetting("AzureWebJobsStorage", Azurite.ConnectionString)
            .WithFunction(FunctionJson.Queue("Reject", "OrderFunctions.Reject", "message", queueName));
        await using var app = await TestApp.StartAsync(folder);
        var queue = await Azurite.QueueAsync(queueName);
        var poison = await Azurite.QueueAsync(queueName + "-poison");

        await queue.SendMessageAsync("never works");

        var poisoned = await WaitForMessageAsync(poison);
        Assert.Equal("never works", poisoned.Body.ToString());
        Assert.Equal(2, app.Calls.Count);

        // The runner copies the message to the poison queue first, then deletes it and logs the move.
        await WaitUntilAsync(async () => (await queue.PeekMessagesAsync()).Value.Length == 0);
        await WaitUntilAsync(() => Task.FromResult(app.Logs.Messages(RunnerEvents.MessageMovedToPoison).Any()));
        Assert.Single(app.Logs.Messages(RunnerEvents.MessageMovedToPoison));
    }

    private static async Task<PeekedMessage> WaitForMessageAsync(Azure.Storage.Queues.QueueClient queue)
    {
        PeekedMessage? found = null;
        await WaitUntilAsync(async () =>
        {
            found = (await queue.PeekMessagesAsync()).Value.FirstOrDefault();
            return found is not null;
        });
        return found!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Calls.Timeout);
        while (!await condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}

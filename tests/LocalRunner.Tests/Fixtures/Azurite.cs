using Azure.Storage.Queues;

namespace LocalRunner.Tests.Fixtures;

/// <summary>The storage emulator the test command starts; its connection string comes from the environment.</summary>
internal static class Azurite
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AzureWebJobsStorage")
        ?? throw new InvalidOperationException(
            "Queue tests need Azurite: start it and export its connection string as AzureWebJobsStorage.");

    /// <summary>A queue name no other test uses, so tests can run in parallel.</summary>
    public static string NewQueueName(string prefix)
    {
        return $"{prefix}-{Guid.NewGuid():N}";
    }

    /// <summary>A client that writes Base64 text, as the app's senders do and host.json expects by default.</summary>
    public static async Task<QueueClient> QueueAsync(string name)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var queue = new QueueClient(ConnectionString, name, options);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}

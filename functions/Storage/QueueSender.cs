using System.Text.Json;
using MerchantDesk.Api;

namespace MerchantDesk.Storage;

/// <summary>Puts work on a queue as JSON, Base64-encoded as the queue trigger reads it.</summary>
public sealed class QueueSender(StorageAccount storage)
{
    public async Task SendAsync<T>(
        string queueName,
        T message,
        TimeSpan? delay = null,
        CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(message, MerchantDeskJson.Options);
        await storage.Queue(queueName).SendMessageAsync(
            json,
            visibilityTimeout: delay,
            cancellationToken: cancellationToken);
    }
}

using System.Text.Json;
using Azure.Storage.Queues.Models;
using MerchantDesk.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Notifications;

/// <summary>
/// Makes the attempt a delivery message asks for. A receiver's failure is not this function's failure: it is
/// recorded and retried by a delayed message. Only a fault of our own (storage unreachable, a damaged message)
/// fails the invocation, which the host retries and, past its limit, parks in the poison queue.
/// </summary>
public sealed partial class DeliverNotificationFunction(
    NotificationDelivery delivery,
    ILogger<DeliverNotificationFunction> logger)
{
    /// <summary>host.json's <c>queues.maxDequeueCount</c>: the failure that moves a message to poison.</summary>
    internal const int MaxDequeueCount = 5;

    private const string PoisonQueue = NotificationFanOut.QueueName + "-poison";

    [Function("DeliverNotification")]
    public async Task DeliverAsync(
        [QueueTrigger(NotificationFanOut.QueueName, Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        try
        {
            var asked = JsonSerializer.Deserialize<DeliveryMessage>(message.Body, MerchantDeskJson.Options)
                ?? throw new JsonException("The delivery message is empty.");
            await delivery.DeliverAsync(asked, cancellationToken);
        }
        catch (Exception ex) when (message.DequeueCount >= MaxDequeueCount && ex is not OperationCanceledException)
        {
            LogPoisoned(ex, message.MessageId, message.DequeueCount, PoisonQueue, ex.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 2210, Level = LogLevel.Error,
        Message = "Notification message {MessageId} failed {DequeueCount} times and goes to {PoisonQueue}: {Reason}")]
    private partial void LogPoisoned(
        Exception exception,
        string messageId,
        long dequeueCount,
        string poisonQueue,
        string reason);
}

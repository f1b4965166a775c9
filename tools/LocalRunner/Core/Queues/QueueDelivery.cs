using Azure.Storage.Queues.Models;

namespace LocalRunner.Queues;

/// <summary>A received message, already decoded, and the token that ends with the host.</summary>
internal sealed record QueueDelivery(QueueMessage Message, CancellationToken Cancellation);

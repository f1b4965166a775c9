using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// Takes messages off a queue as the local runner's queue listener does with host.json's settings: batches of 16,
/// a new batch once no more than 8 are running, each message deleted once handled. An empty queue is polled again
/// after 50 ms rather than host.json's backoff of up to 2 s, so an idle poll does not weigh on the throughput.
/// </summary>
public sealed class QueueDrain(QueueClient queue, Func<QueueMessage, Task> handle)
{
    private const int BatchSize = 16;
    private const int NewBatchThreshold = 8;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(50);

    /// <summary>Takes and handles messages until <paramref name="done"/> holds.</summary>
    public async Task RunAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        while (!done())
        {
            running.RemoveAll(task => task.IsCompleted);
            if (running.Count > NewBatchThreshold)
            {
                await Task.WhenAny(running).WaitAsync(cancellationToken);
                continue;
            }

            QueueMessage[] batch = await queue.ReceiveMessagesAsync(BatchSize, Lease, cancellationToken);
            running.AddRange(batch.Select(message => Task.Run(() => HandleAsync(message), cancellationToken)));
            if (batch.Length == 0)
            {
                await Task.Delay(IdlePoll, cancellationToken);
            }
        }

        await Task.WhenAll(running);
    }

    private async Task HandleAsync(QueueMessage message)
    {
        await handle(message);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
    }
}

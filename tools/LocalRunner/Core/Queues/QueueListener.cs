using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LocalRunner.App;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalRunner.Queues;

/// <summary>
/// Polls one queue for one function with host.json's batch settings; a message is deleted on success,
/// retried after <c>visibilityTimeout</c> on failure, and moved to <c>&lt;queue&gt;-poison</c> once it has
/// been dequeued <c>maxDequeueCount</c> times, as the Functions host does.
/// </summary>
internal sealed class QueueListener(
    QueueFunction function,
    QueueSettings settings,
    IServiceScopeFactory scopes,
    ILogger<QueueListener> logger) : BackgroundService
{
    // The Functions host renews a running message's lease; the runner takes one long enough for local work.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly QueueClient _queue = function.Service.GetQueueClient(function.QueueName);
    private readonly QueueClient _poison = function.Service.GetQueueClient(function.QueueName + "-poison");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await _poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);

        var running = new List<Task>();
        try
        {
            await PollAsync(running, stoppingToken);
        }
        finally
        {
            await Task.WhenAll(running);
        }
    }

    private async Task PollAsync(List<Task> running, CancellationToken stoppingToken)
    {
        var backoff = new PollingBackoff(settings.MaxPollingInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            if (running.Count > settings.EffectiveNewBatchThreshold)
            {
                await Task.WhenAny(running).WaitAsync(stoppingToken);
                continue;
            }

            QueueMessage[] batch = await _queue.ReceiveMessagesAsync(settings.BatchSize, Lease, stoppingToken);
            running.AddRange(batch.Select(message => Task.Run(() => ProcessAsync(message, stoppingToken))));
            await backoff.WaitAsync(received: batch.Length > 0, stoppingToken);
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (await TryInvokeAsync(message, stoppingToken))
            {
                await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
            }
            else
            {
                await ReleaseAsync(message);
            }
        }
        catch (RequestFailedException ex)
        {
            logger.MessageNotSettled(function.Name, message.MessageId, ex);
        }
    }

    private async Task<bool> TryInvokeAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var delivery = new QueueDelivery(MessageDecoder.Decode(message, settings.IsBase64), stoppingToken);
            await function.Invoker.InvokeAsync(scope.ServiceProvider, delivery);
            return true;
        }
        catch (Exception ex)
        {
            // Whatever a function throws makes a failed delivery, which is then retried or poisoned.
            logger.InvocationFailed(function.Name, ex);
            return false;
        }
    }

    private async Task ReleaseAsync(QueueMessage message)
    {
        if (message.DequeueCount < settings.MaxDequeueCount)
        {
            await _queue.UpdateMessageAsync(
                message.MessageId,
                message.PopReceipt,
                visibilityTimeout: settings.VisibilityTimeout);
            return;
        }

        await _poison.SendMessageAsync(message.Body);
        await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        logger.MessageMovedToPoison(function.Name, message.MessageId, message.DequeueCount, _poison.Name);
    }
}

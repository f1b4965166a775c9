using System.Text.Json;
using Azure.Storage.Queues.Models;
using MerchantDesk.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Events;

/// <summary>
/// Hands each committed ledger event to every <see cref="ILedgerEventHandler"/>. A handler's failure retries the
/// message (all handlers again, which is why they are idempotent) and, past the host's limit, parks it in the
/// poison queue.
/// </summary>
public sealed partial class DispatchLedgerEventFunction(
    LedgerEvents events,
    IEnumerable<ILedgerEventHandler> handlers,
    ILogger<DispatchLedgerEventFunction> logger)
{
    // An announced event whose row is still missing after this many reads was never committed.
    internal const int ReadsBeforeGivingUp = 3;

    [Function("DispatchLedgerEvent")]
    public async Task DispatchAsync(
        [QueueTrigger(LedgerEvents.QueueName, Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var announced = JsonSerializer.Deserialize<LedgerEventMessage>(message.Body, MerchantDeskJson.Options)
            ?? throw new JsonException("The ledger event message is empty.");
        var change = await events.FindAsync(announced, cancellationToken);
        if (change is null)
        {
            EnsureCommitHadTime(announced, message.DequeueCount);
            LogNeverCommitted(announced.EventId, announced.SiteId);
            return;
        }

        await HandleAsync(change, cancellationToken);
    }

    private static void EnsureCommitHadTime(LedgerEventMessage announced, long dequeueCount)
    {
        if (dequeueCount < ReadsBeforeGivingUp)
        {
            throw new LedgerEventNotCommittedException(announced.EventId);
        }
    }

    private async Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogHandlerFailed(ex, handler.GetType().Name, change.EventId);
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"Ledger event '{change.EventId}' was not fully handled.", failures);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "Ledger event {EventId} of site {SiteId} was announced but never committed; dropped")]
    private partial void LogNeverCommitted(string eventId, string siteId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error,
        Message = "{Handler} failed on ledger event {EventId}; the event will be retried")]
    private partial void LogHandlerFailed(Exception exception, string handler, string eventId);
}

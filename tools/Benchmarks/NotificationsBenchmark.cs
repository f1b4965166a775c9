using System.Diagnostics;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Events;
using MerchantDesk.Notifications;
using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// Delivers payment events to a receiver on 127.0.0.1 through the app's fan-out and its <c>DeliverNotification</c>
/// function, called by a loop that takes the queue as the host does; then moves as many bare messages through a
/// queue with the same loop, so the ratio says what a delivery costs above the queue itself.
/// </summary>
public sealed class NotificationsBenchmark(BenchmarkApp app, TextWriter output)
{
    private const string BareQueue = "bench-bare";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public async Task RunAsync(int events)
    {
        using var receiver = new WebhookCounter();
        var seed = new NotificationsSeed(
            app.Get<StorageAccount>().Table(MerchantTable.Name),
            app.Get<SiteCredentials>(),
            app.Services.GetServices<ILedgerEventHandler>().OfType<NotificationFanOut>().Single());
        await seed.AddSiteAsync(receiver.Url);

        var fanOut = await TimeAsync(() => seed.AddEventsAsync(events));
        Print("fan-out", events, "events", fanOut);
        var delivered = await DeliverAsync(receiver, events);
        var bare = await BareAsync(events);

        var rate = Print("deliveries", receiver.Distinct, "delivered", delivered);
        var bareRate = Print("bare queue", events, "messages", bare);
        output.WriteLine($"ratio to the bare queue {rate / bareRate:F2}; lost {events - receiver.Distinct}; "
            + $"duplicates {receiver.Duplicates}");
    }

    private double Print(string what, int count, string unit, TimeSpan took)
    {
        var rate = count / took.TotalSeconds;
        output.WriteLine($"{what,-11} {count,7:N0} {unit,-10} {took.TotalSeconds,7:F1} s {rate,7:F0}/s");
        return rate;
    }

    /// <summary>Runs the delivery function on the delivery queue until every event has reached the receiver.</summary>
    private async Task<TimeSpan> DeliverAsync(WebhookCounter receiver, int events)
    {
        var function = ActivatorUtilities.CreateInstance<DeliverNotificationFunction>(app.Services);
        using var limit = new CancellationTokenSource(Limit);
        var drain = new QueueDrain(
            app.Get<StorageAccount>().Queue(NotificationFanOut.QueueName),
            message => function.DeliverAsync(message, limit.Token));
        var watch = Stopwatch.StartNew();
        try
        {
            await drain.RunAsync(() => receiver.Distinct >= events, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            output.WriteLine($"gave up after {Limit.TotalMinutes:0} min: what never arrived counts as lost");
        }

        return watch.Elapsed;
    }

    /// <summary>Sends as many bare messages, then times taking and deleting them with the same loop.</summary>
    private async Task<TimeSpan> BareAsync(int messages)
    {
        var queue = app.Get<StorageAccount>().Queue(BareQueue);
        await queue.CreateIfNotExistsAsync();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, messages),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (number, ct) => await queue.SendMessageAsync($"{{\"message\":{number}}}", ct));

        var taken = 0;
        using var limit = new CancellationTokenSource(Limit);
        var drain = new QueueDrain(queue, _ => Task.FromResult(Interlocked.Increment(ref taken)));
        return await TimeAsync(() => drain.RunAsync(() => Volatile.Read(ref taken) >= messages, limit.Token));
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> operation)
    {
        var watch = Stopwatch.StartNew();
        await operation();
        return watch.Elapsed;
    }
}

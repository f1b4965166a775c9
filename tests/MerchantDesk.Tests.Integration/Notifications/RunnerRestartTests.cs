using MerchantDesk.Notifications;
using MerchantDesk.Tests.Support;
using MerchantDesk.Protocol.Payin;

namespace MerchantDesk.Tests.Notifications;

/// <summary>
/// A runner killed while it posts notifications loses none of them: its messages come back to the queue and
/// another instance (a restarted one, or the tests' shared app, which consumes the same queues) delivers them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RunnerRestartTests(AppHost app)
{
    private const int Payments = 6;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Delivery_RunnerKilledMidDelivery_EveryNotificationArrivesAfterRestart()
    {
        var deadline = DateTime.UtcNow + Limit;
        using var receiver = NotificationReceiver.Started();
        receiver.Answer = _ => (503, TimeSpan.FromSeconds(1.5));
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Restarted runner LLC");
        await using var killed = await AppInstance.StartAsync();

        var paid = await Task.WhenAll(Enumerable.Range(1, Payments)
            .Select(i => shop.Shop.PayAsync($"kill-and-restart-{i}", "10.00")));
        await UntilAsync(() => receiver.Requests > receiver.Received.Count, deadline, "no request was in flight");
        await killed.KillAsync();
        receiver.Answer = _ => (200, TimeSpan.Zero);
        await using var restarted = await AppInstance.StartAsync();

        var log = await DeliveredLogAsync(shop, paid, deadline);
        Assert.All(paid, payment => Assert.Contains(receiver.Received, n => IsPaymentIn(n, payment)));
        Assert.All(log, delivery => AssertArrivedAlike(receiver, delivery));
    }

    /// <summary>The site's delivery log once every delivery in it is delivered and every payment has one.</summary>
    private static async Task<IReadOnlyList<DeliverySummary>> DeliveredLogAsync(
        NotifiedShop shop,
        PayinPayment[] paid,
        DateTime deadline)
    {
        IReadOnlyList<DeliverySummary> log = [];
        await UntilAsync(
            async () =>
            {
                log = (await shop.ListAsync("?pageSize=100")).Items;
                return log.All(d => d.State == DeliveryState.Delivered)
                    && paid.All(p => log.Any(d => d.SubjectId == p.PaymentId));
            },
            deadline,
            () => $"not all delivered: {string.Join(", ", log.Select(d => $"{d.SubjectId} {d.State}/{d.Attempts}"))}");
        return log;
    }

    /// <summary>Arrived at least once, and every copy is the same notification with the same webhook-id.</summary>
    private static void AssertArrivedAlike(NotificationReceiver receiver, DeliverySummary delivery)
    {
        var copies = receiver.Received.Where(n => n.Header("webhook-id") == delivery.DeliveryId).ToList();
        Assert.True(copies.Count >= 1, $"{delivery.DeliveryId} of {delivery.SubjectId} never arrived");
        Assert.Single(copies.Select(n => n.Body).Distinct());
        Assert.Contains(copies, n => n.Answered == 200);
    }

    private static bool IsPaymentIn(ReceivedNotification notification, PayinPayment payment) =>
        (string?)notification.Json["payment"]?["paymentId"] == payment.PaymentId
        && (string?)notification.Json["payment"]!["status"]!["value"] == payment.Status.Value;

    private static Task UntilAsync(Func<bool> done, DateTime deadline, string failure) =>
        UntilAsync(() => Task.FromResult(done()), deadline, () => failure);

    private static async Task UntilAsync(Func<Task<bool>> done, DateTime deadline, Func<string> failure)
    {
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(250);
        }
    }
}

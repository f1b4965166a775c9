using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MerchantDesk.Api;
using MerchantDesk.Notifications;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Notifications;

/// <summary>
/// Server notifications end to end: a payment or bill made through the protocol reaches a real HTTP receiver on
/// 127.0.0.1, signed both ways, and the delivery log shows every attempt.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NotificationTests(AppHost app)
{
    [Fact]
    public async Task Payment_SiteUrlSet_ReceiverGetsTheSignedPaymentAsItsGetAnswers()
    {
        using var receiver = NotificationReceiver.Started();
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Notified payments LLC");

        var paid = await shop.Shop.PayAsync("notified-payment", "10.00");

        var got = await receiver.WaitForAsync(n => IsPaymentIn(n, paid.PaymentId, paid.Status.Value), "the payment");
        var payment = got.Json["payment"]!;
        Assert.Equal("PAYMENT", (string?)got.Json["type"]);
        Assert.Equal("1", (string?)got.Json["version"]);
        var fields = $"{paid.PaymentId}|{payment["createdDateTime"]}|{payment["amount"]!["value"]!.ToJsonString()}";
        Assert.Equal($"{paid.PaymentId}|{paid.CreatedDateTime}|10.00", fields);
        Assert.True(got.HasProtocolSignature("Signature", shop.Key, fields), "the Signature header does not verify");
        Assert.True(got.HasWebhookSignature(shop.Key), "the webhook-signature header does not verify");
        var protocolAnswer = JsonSerializer.SerializeToNode(paid, MerchantDeskJson.Options);
        Assert.True(
            JsonNode.DeepEquals(protocolAnswer, payment),
            $"sent {payment}, the protocol answered {protocolAnswer}");
    }

    [Fact]
    public async Task Bill_SiteUrlSet_ReceiverGetsTheSignedBillInTheBillsProtocol()
    {
        using var receiver = NotificationReceiver.Started();
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Notified bills LLC");

        await shop.Shop.IssueBillAsync("notified-bill", "1");

        var got = await receiver.WaitForAsync(n => (string?)n.Json["bill"]?["billId"] == "notified-bill", "the bill");
        var fields = $"RUB|1.00|notified-bill|{shop.Shop.SiteId}|WAITING";
        Assert.Equal("1", (string?)got.Json["version"]);
        Assert.Equal("WAITING", (string?)got.Json["bill"]!["status"]!["value"]);
        Assert.True(
            got.HasProtocolSignature("X-Api-Signature-SHA256", shop.Key, fields),
            "the X-Api-Signature-SHA256 header does not verify");
        Assert.True(got.HasWebhookSignature(shop.Key), "the webhook-signature header does not verify");
    }

    [Fact]
    public async Task Payment_WithCallbackUrl_IsPostedThereInsteadOfTheSiteUrl()
    {
        using var site = NotificationReceiver.Started();
        using var callback = NotificationReceiver.Started();
        var shop = await NotifiedShop.OpenAsync(app, site.Url, "Callback LLC");

        var paid = await shop.Shop.PayAsync("called-back", "12.00", callbackUrl: callback.Url.AbsoluteUri);

        await callback.WaitForAsync(n => IsPayment(n, paid.PaymentId), "the payment at its callback URL");
        var delivery = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);
        Assert.Equal((TargetKind.CallbackUrl, callback.Url.AbsoluteUri), (delivery.Target, delivery.Url));
        Assert.DoesNotContain(site.Received, n => IsPayment(n, paid.PaymentId));
    }

    [Fact]
    public async Task Delivery_ReceiverAnswers500Twice_IsRetriedWithTheSameWebhookIdUntilAccepted()
    {
        using var receiver = NotificationReceiver.Started();
        receiver.Answer = n => (n <= 2 ? 500 : 200, TimeSpan.Zero);
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Flaky receiver LLC");

        var paid = await shop.Shop.PayAsync("retried-after-500", "10.00");

        var delivery = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);
        var details = await shop.DetailsAsync(delivery.DeliveryId);
        Assert.Equal([200, 500, 500], details.Attempts.Select(a => a.HttpStatus ?? 0));
        var posts = receiver.Received.Where(n => IsPayment(n, paid.PaymentId)).ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, n => Assert.Equal(delivery.DeliveryId, n.Header("webhook-id")));
        Assert.All(posts, n => Assert.Equal(details.RequestBody, n.Body));
    }

    [Fact]
    public async Task Delivery_ReceiverTooSlow_IsRecordedAsTimedOutAndRetried()
    {
        using var receiver = NotificationReceiver.Started();
        receiver.Answer = n => (200, n == 1 ? TimeSpan.FromSeconds(4) : TimeSpan.Zero);
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Slow receiver LLC");

        var paid = await shop.Shop.PayAsync("retried-after-timeout", "10.00");

        var delivery = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);
        var first = (await shop.DetailsAsync(delivery.DeliveryId)).Attempts[^1];
        Assert.Null(first.HttpStatus);
        Assert.Contains("No answer within 2 s", first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_ConnectionRefused_IsRetriedUntilTheReceiverIsUp()
    {
        var port = FreePorts.Next();
        using var receiver = NotificationReceiver.On(port);
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Down receiver LLC");

        var paid = await shop.Shop.PayAsync("retried-after-refusal", "10.00");
        var refused = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.Attempts >= 1);
        receiver.Start();

        var delivery = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);
        Assert.Null(refused.LastHttpStatus);
        Assert.False(string.IsNullOrEmpty(refused.LastError), "a refused attempt records why");
        await receiver.WaitForAsync(n => n.Header("webhook-id") == delivery.DeliveryId, "the delivery once up");
    }

    [Fact]
    public async Task Delivery_ReceiverDownThroughTheSchedule_IsFailedThenRedeliveredOnRequest()
    {
        using var receiver = NotificationReceiver.Started();
        receiver.Answer = _ => (503, TimeSpan.Zero);
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Dead receiver LLC");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);

        var paid = await shop.Shop.PayAsync("failed-then-redelivered", "10.00");
        var failed = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Failed);
        Assert.True(failed.Attempts >= 5, $"gave up after only {failed.Attempts} attempts");
        Assert.Single((await shop.ListAsync("?state=failed")).Items, d => d.DeliveryId == failed.DeliveryId);

        receiver.Answer = _ => (200, TimeSpan.Zero);
        var started = await shop.Shop.Profile.PostAsync(shop.Deliveries + "/redelivery", new { since })
            .ExpectAsync<RedeliveryView>(HttpStatusCode.Accepted);

        Assert.Equal(1, started.Redelivered);
        var delivered = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);
        Assert.Equal(failed.Attempts + 1, delivered.Attempts);
    }

    [Fact]
    public async Task Redeliver_DeliveredNotification_ReachesTheReceiverAgainWithTheSameIdToDeduplicate()
    {
        using var receiver = NotificationReceiver.Started();
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Redelivery LLC");
        var paid = await shop.Shop.PayAsync("redelivered", "10.00");
        var delivery = await shop.DeliveryWhenAsync(paid.PaymentId, d => d.State == DeliveryState.Delivered);

        await shop.Shop.Profile.PostAsync($"{shop.Deliveries}/{delivery.DeliveryId}/redelivery")
            .ExpectStatusAsync(HttpStatusCode.Accepted);

        await shop.DeliveryWhenAsync(paid.PaymentId, d => d.Attempts == delivery.Attempts + 1);
        var posts = receiver.Received.Where(n => n.Header("webhook-id") == delivery.DeliveryId).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(n => n.Body).Distinct());
        Assert.Single(posts.DistinctBy(n => n.Header("webhook-id")));
    }

    [Fact]
    public async Task GetDelivery_UnknownOrMalformedId_IsNotFound()
    {
        using var receiver = NotificationReceiver.Started();
        var shop = await NotifiedShop.OpenAsync(app, receiver.Url, "Unknown delivery LLC");

        await shop.Shop.Profile.GetAsync(shop.Deliveries + "/dlv_0000000000000000000aaaaaaaaaaaaaaaa")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.notification.not.found");
        await shop.Shop.Profile.GetAsync(shop.Deliveries + "/not-a-delivery")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.notification.not.found");
    }

    private static bool IsPayment(ReceivedNotification notification, string paymentId) =>
        (string?)notification.Json["payment"]?["paymentId"] == paymentId;

    private static bool IsPaymentIn(ReceivedNotification notification, string paymentId, string status) =>
        IsPayment(notification, paymentId) && (string?)notification.Json["payment"]!["status"]!["value"] == status;
}

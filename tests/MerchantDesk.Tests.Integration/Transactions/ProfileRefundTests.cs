using System.Net;
using MerchantDesk.Payments;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;
using MerchantDesk.Transactions.Details;

namespace MerchantDesk.Tests.Transactions;

[Collection(AppCollection.Name)]
public sealed class ProfileRefundTests(AppHost app)
{
    [Fact]
    public async Task PaymentDetails_ShowCardCustomerRefundsAndWhatIsLeftToRefund()
    {
        var shop = await Shop.OpenAsync(app);
        var paid = await shop.PayAsync(
            "p-1",
            "100.00",
            customer: new { email = "anna@shop.example", phone = "+79991112233" },
            customFields: new() { ["order"] = "A-17" });
        await shop.RefundThroughProtocolAsync("p-1", "r-1", "30.00");

        var details = await shop.Profile.GetAsync(PaymentPath(shop, "p-1"))
            .ExpectAsync<PaymentDetails>(HttpStatusCode.OK);

        Assert.Equal(PaymentStatus.Completed, details.Status);
        Assert.Equal("411111******1111", details.MaskedCard);
        Assert.Equal("Visa", details.CardType);
        Assert.Equal(paid.PaymentMethod.AuthCode, details.AuthCode);
        Assert.Equal(paid.PaymentMethod.Rrn, details.Rrn);
        Assert.Equal(("IVAN PETROV", "anna@shop.example"), (details.Customer.Name, details.Customer.Email));
        Assert.Equal("A-17", details.CustomFields!["order"]);
        Assert.Equal("70.00", details.Refundable.Value);
        var refund = Assert.Single(details.Refunds);
        Assert.Equal(("r-1", "30.00", OperationStatus.Completed), (refund.Id, refund.Amount.Value, refund.Status));
        var refundDetails = await shop.Profile.GetAsync(PaymentPath(shop, "p-1") + "/refunds/r-1")
            .ExpectAsync<RefundDetails>(HttpStatusCode.OK);
        Assert.Equal("p-1", refundDetails.Payment.PaymentId);
    }

    [Fact]
    public async Task PaymentDetails_DeclinedOrHeld_SayWhy()
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("declined", "10.00", TestCards.InsufficientFunds);
        await shop.PayAsync("held", "10.00", hold: true);

        var declined = await shop.Profile.GetAsync(PaymentPath(shop, "declined"))
            .ExpectAsync<PaymentDetails>(HttpStatusCode.OK);
        var held = await shop.Profile.GetAsync(PaymentPath(shop, "held"))
            .ExpectAsync<PaymentDetails>(HttpStatusCode.OK);

        Assert.Equal("INSUFFICIENT_FUNDS", declined.DeclineReason?.Code);
        Assert.True(held.OnHold);
        Assert.Equal("0.00", held.Refundable.Value);
    }

    [Fact]
    public async Task Refund_PartThenTheRest_ShowsAsRefundTransactionsAndNothingIsLeft()
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("p-1", "100.00");

        var part = await shop.Profile.PostAsync(RefundsPath(shop, "p-1"), new { reason = "One item back", amount = 40 })
            .ExpectAsync<RefundDetails>(HttpStatusCode.Created);
        var rest = await shop.Profile.PostAsync(RefundsPath(shop, "p-1"), new { reason = "Order cancelled" })
            .ExpectAsync<RefundDetails>(HttpStatusCode.Created);

        Assert.Equal(("40.00", "One item back"), (part.Refund.Amount.Value, part.Refund.Reason));
        Assert.Equal("60.00", rest.Refund.Amount.Value);
        Assert.Equal("0.00", rest.Payment.Refundable.Value);
        await shop.Profile.PostAsync(RefundsPath(shop, "p-1"), new { reason = "Again", amount = 1 })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.refund.exceeds.refundable");
        var refunds = await shop.ListWhenAsync("type=refund", page => page.Items.Count == 2, "both refunds");
        Assert.Equal(["60.00", "40.00"], refunds.Column("amount"));
        Assert.All(refunds.Items, item => Assert.Equal("p-1", item.PaymentId));
    }

    [Fact]
    public async Task Refund_ManyAtOnce_NeverRefundMoreThanWasPaid()
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("p-1", "100.00");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            shop.Profile.PostAsync(RefundsPath(shop, "p-1"), new { reason = "Rush", amount = 30 })));

        Assert.Equal(3, attempts.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, attempts.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var details = await shop.Profile.GetAsync(PaymentPath(shop, "p-1"))
            .ExpectAsync<PaymentDetails>(HttpStatusCode.OK);
        Assert.Equal(("90.00", "10.00"), (details.Refunded.Value, details.Refundable.Value));
        Assert.Equal(3, details.Refunds.Count);
    }

    [Fact]
    public async Task Refund_SameRefundIdTwice_RefundsOnce()
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("p-1", "100.00");
        var body = new { reason = "Returned", amount = 25, refundId = "return-17" };

        await shop.Profile.PostAsync(RefundsPath(shop, "p-1"), body).ExpectStatusAsync(HttpStatusCode.Created);
        var again = await shop.Profile.PostAsync(RefundsPath(shop, "p-1"), body)
            .ExpectAsync<RefundDetails>(HttpStatusCode.Created);

        Assert.Equal(("25.00", "75.00"), (again.Payment.Refunded.Value, again.Payment.Refundable.Value));
    }

    [Theory]
    [InlineData("""{"amount":10}""", "api.request.body.malformed")]
    [InlineData("""{"reason":"  ","amount":10}""", "api.field.invalid")]
    [InlineData("""{"reason":"Too precise","amount":10.001}""", "api.amount.invalid")]
    [InlineData("""{"reason":"Negative","amount":-5}""", "api.amount.invalid")]
    [InlineData("""{"reason":"Bad id","refundId":"no spaces please"}""", "api.id.invalid")]
    public async Task Refund_BadRequest_IsRefusedAndRefundsNothing(string json, string errorCode)
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("p-1", "100.00");

        await shop.Profile.PostRawAsync(RefundsPath(shop, "p-1"), json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);

        var details = await shop.Profile.GetAsync(PaymentPath(shop, "p-1"))
            .ExpectAsync<PaymentDetails>(HttpStatusCode.OK);
        Assert.Empty(details.Refunds);
    }

    [Fact]
    public async Task Refund_HeldOrUnknownPayment_IsRefused()
    {
        var shop = await Shop.OpenAsync(app);
        await shop.PayAsync("held", "100.00", hold: true);

        await shop.Profile.PostAsync(RefundsPath(shop, "held"), new { reason = "Not captured" })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.refund.exceeds.refundable");
        await shop.Profile.PostAsync(RefundsPath(shop, "nothing"), new { reason = "Unknown" })
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.payment.not.found");
        await shop.Profile.GetAsync(PaymentPath(shop, "bad%20id"))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.payment.not.found");
    }

    [Fact]
    public async Task List_NewTransactionsArriveWhilePaging_NoGapsNoRepeats()
    {
        var shop = await Shop.OpenAsync(app);
        var first = new List<string?>();
        for (var i = 1; i <= 7; i++)
        {
            await shop.PayAsync($"p-{i}", "10.00");
            first.Add($"p-{i}");
        }

        await shop.ListOnceIndexedAsync(7);
        var seen = new List<string?>();
        var page = await shop.ListAsync("pageSize=3");
        seen.AddRange(page.Column("transactionId"));
        await shop.PayAsync("late-1", "10.00");
        await shop.PayAsync("late-2", "10.00");
        await shop.ListOnceIndexedAsync(9);
        while (page.NextPageToken is { } token)
        {
            page = await shop.ListAsync("pageSize=3&pageToken=" + token);
            seen.AddRange(page.Column("transactionId"));
        }

        first.Reverse();
        Assert.Equal(first, seen);
    }

    private static string PaymentPath(Shop shop, string paymentId) =>
        $"profile/sites/{shop.SiteId}/payments/{paymentId}";

    private static string RefundsPath(Shop shop, string paymentId) => PaymentPath(shop, paymentId) + "/refunds";
}

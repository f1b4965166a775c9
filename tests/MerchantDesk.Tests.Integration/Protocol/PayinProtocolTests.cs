using System.Net;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Sites;
using MerchantDesk.Tests.Support;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Protocol;

[Collection(AppCollection.Name)]
public sealed class PayinProtocolTests(AppHost app)
{
    [Fact]
    public async Task PutBill_ThenPayWithSale_BillIsPaidAndPaymentCompleted()
    {
        var (site, api) = await SiteAsync();
        var bill = await api.PutAsync(site.Payin("bills/b-1"), BillBody("150.50"))
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal("WAITING", bill.Status.Value);
        Assert.Equal(150.50m, bill.Amount.Value);
        Assert.StartsWith(app.BaseAddress.AbsoluteUri + "pay/", bill.PayUrl, StringComparison.Ordinal);

        var payment = await api.PutAsync(
                site.Payin("payments/p-1"),
                PaymentBody("150.50", TestCards.Visa, "b-1", sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

        Assert.Equal("COMPLETED", payment.Status.Value);
        Assert.Equal("411111******1111", payment.PaymentMethod.MaskedPan);
        Assert.Equal(150.50m, payment.CapturedAmount.Value);
        Assert.Matches("^[A-Z0-9]{6}$", payment.PaymentMethod.AuthCode);
        var paid = await api.GetAsync(site.Payin("bills/b-1")).ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal("PAID", paid.Status.Value);
        var details = await api.GetAsync(site.Payin("bills/b-1/details"))
            .ExpectAsync<PayinBillDetails>(HttpStatusCode.OK);
        Assert.Equal("p-1", Assert.Single(details.Payments).PaymentId);
    }

    [Fact]
    public async Task PutBill_SameRequestTwice_AnswersTheSameBill_DifferentRequestIsAConflict()
    {
        var (site, api) = await SiteAsync();
        var first = await api.PutAsync(site.Payin("bills/same"), BillBody("10"))
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);

        var again = await api.PutAsync(site.Payin("bills/same"), BillBody("10.00"))
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal(first.PayUrl, again.PayUrl);
        Assert.Equal(first.CreatedDateTime, again.CreatedDateTime);

        await api.PutAsync(site.Payin("bills/same"), BillBody("11.00"))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.already.exists");
    }

    [Theory]
    [InlineData("""{"amount":{"currency":"RUB","value":"10.001"}}""", "api.amount.invalid")]
    [InlineData("""{"amount":{"currency":"RUB","value":-5}}""", "api.amount.invalid")]
    [InlineData("""{"amount":{"currency":"ABC","value":"10"}}""", "api.currency.unsupported")]
    [InlineData("""{"amount":{"currency":"RUB","value":"10"},"flags":["NOPE"]}""", "api.flags.invalid")]
    [InlineData("""{"amount":{"currency":"RUB","value":"10"},"expirationDateTime":"2001-01-01T00:00:00+03:00"}""",
        "api.expiration.invalid")]
    [InlineData("""{"comment":"no amount"}""", "api.request.body.malformed")]
    public async Task PutBill_BadRequest_IsRefusedWithTheErrorBody(string json, string errorCode)
    {
        var (site, api) = await SiteAsync();

        var error = await api.PutRawAsync(site.Payin("bills/bad"), json)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);

        Assert.Equal("payin-core", error.ServiceName);
    }

    [Fact]
    public async Task GetBill_Unknown_IsNotFound()
    {
        var (site, api) = await SiteAsync();

        await api.GetAsync(site.Payin("bills/nothing"))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.invoice.not.found");
    }

    [Fact]
    public async Task Token_MissingForgedOrForAnotherSite_IsRefused()
    {
        var (site, api) = await SiteAsync();
        var other = await ProtocolSite.CreateAsync(app, "Other Protocol LLC");

        await new ApiCall(app).GetAsync(site.Payin("bills/x"))
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        await new ApiCall(app, "mdk_forged").GetAsync(site.Payin("bills/x"))
            .ExpectStatusAsync(HttpStatusCode.Unauthorized);
        await new ApiCall(app, other.Token).GetAsync(site.Payin("bills/x")).ExpectStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutPayment_WithoutSale_IsHeldUntilCaptured()
    {
        var (site, api) = await SiteAsync();

        var held = await api.PutAsync(site.Payin("payments/hold-1"), PaymentBody("500", TestCards.Mastercard))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal("WAITING", held.Status.Value);
        Assert.Equal(0m, held.CapturedAmount.Value);

        var capture = await api.PutAsync(site.Payin("payments/hold-1/captures/c-1"), new { amount = MoneyOf("300") })
            .ExpectAsync<PayinCapture>(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", capture.Status.Value);
        var captured = await api.GetAsync(site.Payin("payments/hold-1")).ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(("COMPLETED", 300m), (captured.Status.Value, captured.CapturedAmount.Value));
        await api.PutAsync(site.Payin("payments/hold-1/captures/c-2"), new { amount = MoneyOf("100") })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.payment.not.capturable");
        var again = await api.GetAsync(site.Payin("payments/hold-1/captures/c-1"))
            .ExpectAsync<PayinCapture>(HttpStatusCode.OK);
        Assert.Equal(300m, again.Amount.Value);
        var repeated = await api.PutAsync(site.Payin("payments/hold-1/captures/c-1"), new { amount = MoneyOf("300") })
            .ExpectAsync<PayinCapture>(HttpStatusCode.OK);
        Assert.Equal(capture.CreatedDateTime, repeated.CreatedDateTime);
        await api.PutAsync(site.Payin("payments/hold-1/captures/c-1"), new { amount = MoneyOf("200") })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.operation.already.exists");
    }

    [Fact]
    public async Task PutPayment_DeclinedCard_IsDeclinedWithReasonAndTheBillStaysPayable()
    {
        var (site, api) = await SiteAsync();
        await api.PutAsync(site.Payin("bills/b-2"), BillBody("99")).ExpectStatusAsync(HttpStatusCode.OK);

        var declined = await api.PutAsync(
                site.Payin("payments/d-1"),
                PaymentBody("99", TestCards.InsufficientFunds, "b-2", sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

        Assert.Equal(("DECLINED", "INSUFFICIENT_FUNDS"), (declined.Status.Value, declined.Status.Reason));
        var retry = await api.PutAsync(site.Payin("payments/d-2"), PaymentBody("99", TestCards.Visa, "b-2", sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", retry.Status.Value);
        await api.PutAsync(site.Payin("payments/d-3"), PaymentBody("99", TestCards.Visa, "b-2", sale: true))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.not.payable");
    }

    [Fact]
    public async Task PutPayment_ThreeDsCard_WaitsThenCompletesOrDeclines()
    {
        var (site, api) = await SiteAsync();

        var waiting = await api.PutAsync(site.Payin("payments/3ds-1"), PaymentBody("10", TestCards.ThreeDs, sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal("CREATED", waiting.Status.Value);
        Assert.Equal(app.BaseAddress.AbsoluteUri + "sandbox/acs", waiting.Requirements!.ThreeDS.AcsUrl);
        var completed = await api.PostAsync(
                site.Payin("payments/3ds-1/complete"),
                new { threeDS = new { pares = "Y" } })
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal("COMPLETED", completed.Status.Value);

        await api.PutAsync(site.Payin("payments/3ds-2"), PaymentBody("10", TestCards.ThreeDs, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);
        var failed = await api.PostAsync(site.Payin("payments/3ds-2/complete"), new { threeDS = new { pares = "N" } })
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(("DECLINED", "THREE_DS_FAILED"), (failed.Status.Value, failed.Status.Reason));
        await api.PostAsync(site.Payin("payments/3ds-2/complete"), new { threeDS = new { pares = "Y" } })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.payment.not.waiting.for.3ds");
    }

    [Theory]
    [InlineData("4111111111111112", "api.card.invalid")]
    [InlineData("4111", "api.card.invalid")]
    public async Task PutPayment_BadCard_IsABadRequestThatNamesTheField(string pan, string errorCode)
    {
        var (site, api) = await SiteAsync();

        var error = await api.PutAsync(site.Payin("payments/bad-card"), PaymentBody("10", pan, sale: true))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);

        Assert.Contains("number", error.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(pan, error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutPayment_SameIdOtherBody_IsAConflict_SameBodyAnswersTheSamePayment()
    {
        var (site, api) = await SiteAsync();
        var first = await api.PutAsync(site.Payin("payments/idem"), PaymentBody("20", TestCards.Mir, sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

        var again = await api.PutAsync(site.Payin("payments/idem"), PaymentBody("20", TestCards.Mir, sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

        Assert.Equal(first.PaymentMethod.AuthCode, again.PaymentMethod.AuthCode);
        await api.PutAsync(site.Payin("payments/idem"), PaymentBody("21", TestCards.Mir, sale: true))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.payment.already.exists");
    }

    [Fact]
    public async Task Refunds_PartialThenTooMuch_AreCheckedAgainstWhatIsLeft()
    {
        var (site, api) = await SiteAsync();
        await api.PutAsync(site.Payin("payments/r-1"), PaymentBody("100", TestCards.Visa, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);

        var partial = await api.PutAsync(
                site.Payin("payments/r-1/refunds/rf-1"),
                new { amount = MoneyOf("60"), reason = "one item back" })
            .ExpectAsync<PayinRefund>(HttpStatusCode.OK);
        Assert.Equal(("COMPLETED", 60m), (partial.Status.Value, partial.Amount.Value));

        var repeated = await api.PutAsync(
                site.Payin("payments/r-1/refunds/rf-1"),
                new { amount = MoneyOf("60"), reason = "one item back" })
            .ExpectAsync<PayinRefund>(HttpStatusCode.OK);
        Assert.Equal(partial.CreatedDateTime, repeated.CreatedDateTime);
        await api.PutAsync(site.Payin("payments/r-1/refunds/rf-2"), new { amount = MoneyOf("40.01") })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.refund.exceeds.refundable");
        await api.PutAsync(site.Payin("payments/r-1/refunds/rf-2"), new { amount = MoneyOf("40") })
            .ExpectStatusAsync(HttpStatusCode.OK);
        var list = await api.GetAsync(site.Payin("payments/r-1/refunds")).ExpectAsync<PayinRefund[]>(HttpStatusCode.OK);
        Assert.Equal(["rf-1", "rf-2"], list.Select(r => r.RefundId));
        var one = await api.GetAsync(site.Payin("payments/r-1/refunds/rf-1"))
            .ExpectAsync<PayinRefund>(HttpStatusCode.OK);
        Assert.Equal(("one item back", 60m), (one.Reason, one.Amount.Value));
        await api.GetAsync(site.Payin("payments/r-1/refunds/nope"))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.refund.not.found");
        var payment = await api.GetAsync(site.Payin("payments/r-1")).ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(100m, payment.RefundedAmount.Value);
    }

    [Fact]
    public async Task Refunds_ManyAtOnce_NeverExceedTheCapturedAmount()
    {
        var (site, api) = await SiteAsync();
        await api.PutAsync(site.Payin("payments/race"), PaymentBody("100", TestCards.Visa, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            api.PutAsync(site.Payin($"payments/race/refunds/r{i}"), new { amount = MoneyOf("30") })));

        var succeeded = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, succeeded);
        Assert.All(
            answers.Where(a => a.StatusCode != HttpStatusCode.OK),
            a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var payment = await api.GetAsync(site.Payin("payments/race")).ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(90m, payment.RefundedAmount.Value);
    }

    [Fact]
    public async Task Refund_OfAHeldPayment_IsRefusedUntilCaptured()
    {
        var (site, api) = await SiteAsync();
        await api.PutAsync(site.Payin("payments/held"), PaymentBody("50", TestCards.Visa))
            .ExpectStatusAsync(HttpStatusCode.OK);

        await api.PutAsync(site.Payin("payments/held/refunds/x"), new { amount = MoneyOf("10") })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.refund.exceeds.refundable");
    }

    [Fact]
    public async Task PutPayment_Answer_WritesAmountsAtTheCurrencyScaleAndOffsetsAsIs()
    {
        var (site, api) = await SiteAsync();

        using var response = await api.PutAsync(
            site.Payin("payments/wire"),
            PaymentBody("7", TestCards.Visa, sale: true));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"refundedAmount\":{\"currency\":\"RUB\",\"value\":0.00}", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":7.00", json, StringComparison.Ordinal);
        Assert.Matches("\"createdDateTime\":\"[0-9T:-]+\\+03:00\"", json);
    }

    [Fact]
    public async Task PutPayment_SiteWithoutCards_IsForbidden()
    {
        var (site, _) = await SiteAsync();
        var sbpOnly = await site.AnotherSiteAsync(app, PaymentMethod.Sbp);
        var api = new ApiCall(app, sbpOnly.Token);

        await api.PutAsync(sbpOnly.Payin("payments/card"), PaymentBody("10", TestCards.Visa))
            .ExpectErrorAsync(HttpStatusCode.Forbidden, "api.forbidden");
    }

    private async Task<(ProtocolSite Site, ApiCall Api)> SiteAsync()
    {
        var site = await ProtocolSite.CreateAsync(app);
        return (site, new ApiCall(app, site.Token));
    }

    private static object BillBody(string value) => new
    {
        amount = MoneyOf(value),
        comment = "Order 42",
        customer = new { email = "buyer@shop.example" },
    };
}

using System.Net;
using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Events;

/// <summary>Every committed change of a bill, payment, capture or refund reaches the event handlers.</summary>
[Collection(AppCollection.Name)]
public sealed class LedgerEventTests(AppHost app)
{
    [Fact]
    public async Task PayingABill_ThenRefunding_DispatchesEachChangeWithItsSnapshot()
    {
        var site = await ProtocolSite.CreateAsync(app, "Events LLC");
        var api = new ApiCall(app, site.Token);
        await api.PutAsync(site.Payin("bills/ev-bill"), new { amount = Money("25") })
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PutAsync(site.Payin("payments/ev-pay"), Payment("ev-bill", sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PutAsync(site.Payin("payments/ev-pay/refunds/ev-back"), new { amount = Money("5") })
            .ExpectStatusAsync(HttpStatusCode.OK);

        var events = await app.LedgerEvents.OfSiteAsync(site.SiteId, 4);

        Assert.Equal(
            ["Bill ev-bill Paid", "Bill ev-bill Waiting", "Payment ev-pay Completed", "Refund ev-back Completed"],
            events.Select(e => $"{e.Subject} {e.SubjectId} {e.Status}").Order(StringComparer.Ordinal));
        var refund = events.Single(e => e.Subject == LedgerSubject.Refund);
        Assert.Equal(("ev-pay", "ev-bill"), (refund.PaymentId, refund.BillId));
        Assert.Equal("5.00", refund.SnapshotAs<OperationEntity>().AmountValue);
        var paid = events.Single(e => e is { Subject: LedgerSubject.Bill, Status: "Paid" });
        Assert.Equal(BillStatus.Paid, paid.SnapshotAs<BillEntity>().Status);
        Assert.Equal(site.Merchant.MerchantId, paid.MerchantId);
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public async Task HeldPaymentCaptured_AndBillRejected_AreEvents()
    {
        var site = await ProtocolSite.CreateAsync(app, "Events LLC");
        var api = new ApiCall(app, site.Token);
        await api.PutAsync(site.Payin("payments/ev-held"), Payment(billId: null, sale: false))
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PutAsync(site.Payin("payments/ev-held/captures/ev-cap"), new { })
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PutAsync(site.Payin("bills/ev-cancel"), new { amount = Money("3") })
            .ExpectStatusAsync(HttpStatusCode.OK);
        await api.PostAsync("partner/bill/v1/bills/ev-cancel/reject", new { })
            .ExpectStatusAsync(HttpStatusCode.OK);

        var events = await app.LedgerEvents.OfSiteAsync(site.SiteId, 4);

        Assert.Equal(
            ["Bill ev-cancel Rejected", "Bill ev-cancel Waiting", "Capture ev-cap Completed", "Payment ev-held Waiting"],
            events.Select(e => $"{e.Subject} {e.SubjectId} {e.Status}").Order(StringComparer.Ordinal));
    }

    private static object Payment(string? billId, bool sale) => new
    {
        billId,
        amount = Money(billId is null ? "12" : "25"),
        paymentMethod = TestCards.PaymentMethod(TestCards.Visa),
        flags = sale ? new[] { "SALE" } : [],
    };

    private static object Money(string value) => new { currency = "RUB", value };
}

using System.Net;
using MerchantDesk.Payments;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using MerchantDesk.Transactions;
using Microsoft.Extensions.DependencyInjection;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Protocol;

/// <summary>What payments leave behind for the Transactions tab and registers, and how bills age.</summary>
[Collection(AppCollection.Name)]
public sealed class LedgerTests(AppHost app)
{
    [Fact]
    public async Task PaymentsAndRefunds_BecomeTransactionsOfTheSite_NewestFirst()
    {
        var site = await ProtocolSite.CreateAsync(app, "Ledger LLC");
        var api = new ApiCall(app, site.Token);
        await PayAsync(api, site, "t-declined", TestCards.InsufficientFunds);
        await PayAsync(api, site, "t-paid", TestCards.Visa);
        await api.PutAsync(site.Payin("payments/t-paid/refunds/back"), new { amount = MoneyOf("4") })
            .ExpectStatusAsync(HttpStatusCode.OK);

        var rows = await TransactionsAsync(site.SiteId);

        Assert.Equal(["back", "t-paid", "t-declined"], rows.Select(r => r.TransactionId));
        var refund = rows[0];
        Assert.Equal(
            (TransactionKind.Refund, TransactionStatus.Successful, "4.00"),
            (refund.Kind, refund.Status, refund.AmountValue));
        var paid = rows[1];
        Assert.Equal(
            (TransactionStatus.Successful, "4.00", "411111", "1111"),
            (paid.Status, paid.RefundedValue, paid.CardFirst6, paid.CardLast4));
        Assert.Equal("IVAN PETROV", paid.CustomerName);
        Assert.NotNull(paid.AuthCode);
        var declined = rows[2];
        Assert.Equal((TransactionStatus.Declined, "INSUFFICIENT_FUNDS"), (declined.Status, declined.DeclineCode));
    }

    [Fact]
    public async Task Ledger_AfterPayments_HoldsNoFullCardNumberOrCvc()
    {
        var site = await ProtocolSite.CreateAsync(app, "Ledger LLC");
        var api = new ApiCall(app, site.Token);
        await PayAsync(api, site, "no-pan", TestCards.Visa);

        var ledger = app.Services.GetRequiredService<StorageAccount>().Table(LedgerTable.Name);
        await foreach (var row in ledger.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == site.SiteId))
        {
            var values = row.Select(property => property.Value?.ToString() ?? "").ToList();
            Assert.DoesNotContain(values, value => value.Contains(TestCards.Visa, StringComparison.Ordinal));
            Assert.DoesNotContain(row.Keys, key => key.Contains("cvc", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Bill_PastItsExpiry_IsExpiredAndCannotBePaid()
    {
        var site = await ProtocolSite.CreateAsync(app, "Ledger LLC");
        var api = new ApiCall(app, site.Token);
        var expiry = DateTimeOffset.UtcNow.AddSeconds(2).ToString(
            "O",
            System.Globalization.CultureInfo.InvariantCulture);
        await api.PutAsync(site.Payin("bills/soon"), new { amount = MoneyOf("10"), expirationDateTime = expiry })
            .ExpectStatusAsync(HttpStatusCode.OK);

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var bill = await api.GetAsync(site.Payin("bills/soon")).ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal("EXPIRED", bill.Status.Value);
        await api.PutAsync(site.Payin("payments/late"), PaymentBody("10", TestCards.Visa, "soon", sale: true))
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.not.payable");
    }

    [Fact]
    public async Task ThreeDs_FinishedAfterTheBillExpired_ChargesNothing()
    {
        var site = await ProtocolSite.CreateAsync(app, "Ledger LLC");
        var api = new ApiCall(app, site.Token);
        var expiry = DateTimeOffset.UtcNow.AddSeconds(2).ToString(
            "O",
            System.Globalization.CultureInfo.InvariantCulture);
        await api.PutAsync(site.Payin("bills/slow"), new { amount = MoneyOf("10"), expirationDateTime = expiry })
            .ExpectStatusAsync(HttpStatusCode.OK);
        var waiting = await api.PutAsync(
                site.Payin("payments/slow-3ds"),
                PaymentBody("10", TestCards.ThreeDs, "slow", sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal("CREATED", waiting.Status.Value);

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        await api.PostAsync(site.Payin("payments/slow-3ds/complete"), new { threeDS = new { pares = "Y" } })
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.invoice.not.payable");
        var payment = await api.GetAsync(site.Payin("payments/slow-3ds")).ExpectAsync<PayinPayment>(HttpStatusCode.OK);
        Assert.Equal(0m, payment.CapturedAmount.Value);
    }

    [Fact]
    public async Task Token_Revoked_IsRefusedAtOnce()
    {
        var site = await ProtocolSite.CreateAsync(app, "Ledger LLC");
        var api = new ApiCall(app, site.Token);
        await api.GetAsync(site.Payin("bills/none")).ExpectStatusAsync(HttpStatusCode.NotFound);
        var tokens = app.Services.GetRequiredService<MerchantDesk.Credentials.ApiTokenService>();
        var caller = TestMerchant.CallerOf(site.Merchant[MerchantDesk.Access.Role.Administrator]);
        var issued = Assert.Single(await tokens.ListAsync(caller.MerchantId, default));

        await tokens.RevokeAsync(caller, site.SiteId, issued.TokenId, default);

        await api.GetAsync(site.Payin("bills/none")).ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    private static async Task PayAsync(ApiCall api, ProtocolSite site, string paymentId, string pan) =>
        await api.PutAsync(site.Payin($"payments/{paymentId}"), PaymentBody("10", pan, sale: true))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

    private async Task<List<TransactionEntity>> TransactionsAsync(string siteId)
    {
        var ledger = app.Services.GetRequiredService<StorageAccount>().Table(LedgerTable.Name);
        return await ledger.ReadRowsAsync<TransactionEntity>(siteId, LedgerTable.TransactionPrefix, default);
    }
}

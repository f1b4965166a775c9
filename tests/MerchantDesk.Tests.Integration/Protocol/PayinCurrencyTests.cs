using System.Net;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Tests.Support;
using static MerchantDesk.Tests.Support.ProtocolBodies;

namespace MerchantDesk.Tests.Protocol;

/// <summary>Currencies other than roubles, end to end through the payin protocol.</summary>
[Collection(AppCollection.Name)]
public sealed class PayinCurrencyTests(AppHost app)
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    public async Task PutBillThenPayment_InCurrency_IsPaidAndAnsweredInThatCurrency(string currency)
    {
        var site = await ProtocolSite.CreateAsync(app, "Currency LLC");
        var api = new ApiCall(app, site.Token);

        var bill = await api.PutAsync(site.Payin("bills/fx"), new { amount = MoneyOf("25.99", currency) })
            .ExpectAsync<PayinBill>(HttpStatusCode.OK);
        var payment = await api.PutAsync(
                site.Payin("payments/fx-pay"),
                PaymentBody("25.99", TestCards.Visa, "fx", sale: true, currency: currency))
            .ExpectAsync<PayinPayment>(HttpStatusCode.OK);

        Assert.Equal((currency, 25.99m), (bill.Amount.Currency, bill.Amount.Value));
        Assert.Equal(
            ("COMPLETED", currency, 25.99m),
            (payment.Status.Value, payment.CapturedAmount.Currency, payment.CapturedAmount.Value));
        var paid = await api.GetAsync(site.Payin("bills/fx")).ExpectAsync<PayinBill>(HttpStatusCode.OK);
        Assert.Equal(("PAID", currency), (paid.Status.Value, paid.Amount.Currency));
    }
}

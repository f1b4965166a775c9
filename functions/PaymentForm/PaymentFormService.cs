using System.Globalization;
using System.Text.RegularExpressions;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using MerchantDesk.Invoices;
using MerchantDesk.Money;
using MerchantDesk.Payments;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.PaymentForm;

/// <summary>
/// The hosted payment form: a site's form (<c>/create?publicKey=…</c>) issues a bill and sends the customer to its
/// pay URL; the pay URL takes the card, pays through the acquirer, walks through 3-D Secure and shows the outcome or
/// returns the customer to the merchant's success URL.
/// </summary>
public sealed partial class PaymentFormService(
    SiteKeys sites,
    BillService bills,
    PaymentService payments,
    PayLinks links,
    TimeProvider clock)
{
    private const string FormCurrency = "RUB";

    public async Task<IActionResult> OpenAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var site = await sites.FindByPublicKeyAsync(query["publicKey"].ToString(), cancellationToken)
            ?? throw ApiException.NotFound("api.form.not.found", "This payment form does not exist.");
        if (query["amount"].ToString() is not { Length: > 0 } amountText)
        {
            return HtmlResults.Page(FormPages.AmountEntry(site.Name, "create", Keep(query), null));
        }

        if (!TryReadAmount(amountText, out var amount))
        {
            var problem = "Enter an amount in roubles, such as 150 or 150.50.";
            return HtmlResults.Page(FormPages.AmountEntry(site.Name, "create", Keep(query), problem), 400);
        }

        var bill = await bills.IssueAsync(site.MerchantId, site.SiteId, BillOf(query, amount), cancellationToken);
        return new RedirectResult(links.PayUrl(bill.PayKey).AbsoluteUri);
    }

    public async Task<IActionResult> ShowAsync(string payKey, CancellationToken cancellationToken)
    {
        var bill = await PayableBillAsync(payKey, cancellationToken);
        return bill.Page ?? HtmlResults.Page(FormPages.CardEntry(bill.Bill, payKey, null));
    }

    public async Task<IActionResult> PayAsync(string payKey, IFormCollection form, CancellationToken cancellationToken)
    {
        var (bill, page) = await PayableBillAsync(payKey, cancellationToken);
        if (page is not null)
        {
            return page;
        }

        var request = new CardPaymentRequest(Keys.NewId("form"), bill.Amount, CardOf(form), bill.BillId);
        try
        {
            var payment = await payments.PayAsync(bill.MerchantId, bill.SiteId, request, cancellationToken);
            return Outcome(payKey, bill, payment);
        }
        catch (ApiException ex) when (ex.ErrorCode == "api.card.invalid")
        {
            return HtmlResults.Page(FormPages.CardEntry(bill, payKey, ex.Message), StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The cardholder is back from the 3-D Secure page.</summary>
    public async Task<IActionResult> CompleteThreeDsAsync(
        string payKey,
        IFormCollection form,
        CancellationToken cancellationToken)
    {
        var bill = await bills.FindByPayKeyAsync(payKey, cancellationToken) ?? throw UnknownLink();
        var payment = await payments.GetAsync(bill.SiteId, form["MD"].ToString(), cancellationToken);
        if (payment.BillId != bill.BillId)
        {
            throw UnknownLink();
        }

        var confirmed = form["PaRes"].ToString() == "Y";
        var completed = await payments.CompleteThreeDsAsync(
            bill.SiteId,
            payment.PaymentId,
            confirmed,
            cancellationToken);
        return Outcome(payKey, (await bills.GetAsync(bill.SiteId, bill.BillId, cancellationToken)), completed);
    }

    private IActionResult Outcome(string payKey, BillEntity bill, PaymentEntity payment) => payment.Status switch
    {
        PaymentStatus.Completed or PaymentStatus.Waiting when bill.SuccessUrl is not null =>
            new RedirectResult(bill.SuccessUrl),
        PaymentStatus.Completed or PaymentStatus.Waiting => HtmlResults.Page(FormPages.Message(
            "Payment successful",
            $"{payment.Amount} {payment.Currency} paid with card {payment.Card.Masked}. Thank you!")),
        PaymentStatus.Declined => HtmlResults.Page(
            FormPages.CardEntry(bill, payKey, $"The bank declined the card: {payment.DeclineText} Try another card."),
            StatusCodes.Status402PaymentRequired),
        _ => HtmlResults.Page(FormPages.ThreeDsRedirect(
            links.AcsUrl(), payment.AcquirerReference!, payment.PaymentId, links.ThreeDsReturn(payKey))),
    };

    private async Task<(BillEntity Bill, IActionResult? Page)> PayableBillAsync(
        string payKey,
        CancellationToken cancellationToken)
    {
        var bill = await bills.FindByPayKeyAsync(payKey, cancellationToken) ?? throw UnknownLink();
        IActionResult? page = bill.StatusAt(clock.GetUtcNow()) switch
        {
            BillStatus.Paid => HtmlResults.Page(
                FormPages.Message("Already paid", "This bill has been paid. Thank you!")),
            BillStatus.Expired => HtmlResults.Page(
                FormPages.Message("Bill expired", "This bill can no longer be paid; ask the seller for a new one."),
                StatusCodes.Status410Gone),
            BillStatus.Rejected => HtmlResults.Page(
                FormPages.Message("Bill cancelled", "The seller cancelled this bill."),
                StatusCodes.Status410Gone),
            _ => null,
        };
        return (bill, page);
    }

    private static NewBill BillOf(IQueryCollection query, Amount amount)
    {
        var billId = query["billId"].ToString() is { Length: > 0 } id
            ? Protocol.ClientIds.Check(id, "billId")
            : Keys.NewId("form");
        var customer = new Customer(Text(query, "email"), Text(query, "phone"));
        var successUrl = Text(query, "successUrl") is { } url ? Require.WebUrl(url, "successUrl") : null;
        return new NewBill(billId, amount, InvoiceOrigin.PaymentForm, Text(query, "comment"), null, customer,
            Extras(query), ["SALE"], successUrl);
    }

    private static CardDetails CardOf(IFormCollection form)
    {
        var expiry = form["expiry"].ToString().Split('/');
        var month = expiry.Length == 2 && int.TryParse(expiry[0], CultureInfo.InvariantCulture, out var m) ? m : 0;
        var year = expiry.Length == 2 && int.TryParse(expiry[1], CultureInfo.InvariantCulture, out var y) ? y : 0;
        var holder = form["holder"].ToString();
        return new CardDetails(
            form["number"].ToString(),
            month,
            year,
            form["cvc"].ToString(),
            holder.Length > 0 ? holder : null);
    }

    // extras[cf1]=value becomes the custom field cf1.
    private static Dictionary<string, string>? Extras(IQueryCollection query)
    {
        var extras = query.Keys
            .Select(key => (Key: key, Match: ExtraKey().Match(key)))
            .Where(entry => entry.Match.Success)
            .ToDictionary(entry => entry.Match.Groups["name"].Value, entry => query[entry.Key].ToString());
        return extras.Count == 0 ? null : extras;
    }

    private static Dictionary<string, string> Keep(IQueryCollection query) =>
        query.Where(p => p.Key != "amount").ToDictionary(p => p.Key, p => p.Value.ToString());

    private static bool TryReadAmount(string text, out Amount amount)
    {
        amount = default;
        var readable = decimal.TryParse(
            text.Replace(',', '.'),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var value);
        try
        {
            amount = Amount.Of(readable ? value : -1, FormCurrency);
            return true;
        }
        catch (ApiException)
        {
            return false;
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value : null;

    private static ApiException UnknownLink() =>
        ApiException.NotFound("api.invoice.not.found", "This payment link does not exist.");

    [GeneratedRegex(@"^extras\[(?<name>[A-Za-z0-9_.-]{1,64})\]$")]
    private static partial Regex ExtraKey();
}

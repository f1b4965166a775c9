using System.Net;
using System.Text;
using MerchantDesk.Invoices;

namespace MerchantDesk.PaymentForm;

/// <summary>
/// The payment form's pages: plain HTML with no scripts or outside resources, every value HTML-encoded. The card
/// fields are posted straight back to MerchantDesk and never rendered again.
/// </summary>
public static class FormPages
{
    public static string AmountEntry(
        string siteName,
        string action,
        IReadOnlyDictionary<string, string> keep,
        string? problem) =>
        Page("Pay " + siteName, $"""
            <h1>Pay {E(siteName)}</h1>
            {Problem(problem)}
            <form method="get" action="{E(action)}">
              {string.Concat(keep.Select(p => $"<input type=\"hidden\" name=\"{E(p.Key)}\" value=\"{E(p.Value)}\">"))}
              <label>Amount, RUB <input name="amount" inputmode="decimal" required></label>
              <button type="submit">Continue</button>
            </form>
            """);

    public static string CardEntry(BillEntity bill, string action, string? problem) =>
        Page("Pay " + bill.Amount + " " + bill.Currency, $"""
            <h1>{E(bill.Amount.ToString())} {E(bill.Currency)}</h1>
            {(bill.Comment is null ? "" : $"<p>{E(bill.Comment)}</p>")}
            {Problem(problem)}
            <form method="post" action="{E(action)}" autocomplete="on">
              <label>Card number <input name="number" inputmode="numeric" autocomplete="cc-number" required></label>
              <label>Valid thru (MM/YY) <input name="expiry" autocomplete="cc-exp" placeholder="MM/YY" required></label>
              <label>CVC <input name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="3" required></label>
              <label>Cardholder <input name="holder" autocomplete="cc-name"></label>
              <button type="submit">Pay {E(bill.Amount.ToString())} {E(bill.Currency)}</button>
            </form>
            """);

    /// <summary>An outcome or a dead end, with a heading a test and a person can both read.</summary>
    public static string Message(string heading, string text) =>
        Page(heading, $"<h1>{E(heading)}</h1><p>{E(text)}</p>");

    /// <summary>Sends the cardholder's browser on to the 3-D Secure page with the acquirer's request.</summary>
    public static string ThreeDsRedirect(Uri acsUrl, string pareq, string paymentId, Uri termUrl) =>
        Page("3-D Secure", $"""
            <h1>Confirm the payment with your bank</h1>
            <form method="post" action="{E(acsUrl.AbsoluteUri)}">
              <input type="hidden" name="PaReq" value="{E(pareq)}">
              <input type="hidden" name="MD" value="{E(paymentId)}">
              <input type="hidden" name="TermUrl" value="{E(termUrl.AbsoluteUri)}">
              <button type="submit">Continue to the bank's check</button>
            </form>
            """);

    /// <summary>The sandbox bank's 3-D Secure page: the tester passes or fails the check.</summary>
    public static string SandboxAcs(string termUrl, string paymentId) =>
        Page("Sandbox 3-D Secure", $"""
            <h1>Sandbox 3-D Secure</h1>
            <p>This stands in for the card issuer's check. No real bank is asked.</p>
            <form method="post" action="{E(termUrl)}">
              <input type="hidden" name="MD" value="{E(paymentId)}">
              <button type="submit" name="PaRes" value="Y">Pass the check</button>
              <button type="submit" name="PaRes" value="N">Fail the check</button>
            </form>
            """);

    private static string Problem(string? problem) =>
        problem is null ? "" : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>";

    private static string Page(string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(E(title)).Append(" · MerchantDesk</title>")
            .Append("<style>body{font-family:sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}")
            .Append("label{display:block;margin:.6rem 0}input,button{font-size:1rem;padding:.5rem;width:100%;")
            .Append("box-sizing:border-box}.problem{color:#a00}</style></head><body>")
            .Append(body)
            .Append("</body></html>");
        return html.ToString();
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}

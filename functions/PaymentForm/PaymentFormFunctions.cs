using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.PaymentForm;

/// <summary>The hosted payment form's pages (HTML).</summary>
public sealed class PaymentFormFunctions(FormPageHandler pages, PaymentFormService form)
{
    private const string Tag = "Payment form (HTML)";

    [Function("PaymentFormCreate")]
    [ApiOperation(Tag, "A site's payment form: asks the amount when not given, then opens the bill's pay page",
        Query = ["publicKey", "amount", "billId", "phone", "email", "comment", "successUrl", "extras[…]"])]
    public Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "create")] HttpRequest request)
    {
        return pages.HandleAsync(request, ct => form.OpenAsync(request.Query, ct));
    }

    [Function("PaymentFormShow")]
    [ApiOperation(Tag, "A bill's pay page (its payUrl): the card form, or why it cannot be paid")]
    public Task<IActionResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "pay/{payKey}")] HttpRequest request,
        string payKey)
    {
        return pages.HandleAsync(request, ct => form.ShowAsync(payKey, ct));
    }

    [Function("PaymentFormPay")]
    [ApiOperation(Tag, "Pay the bill with the card entered (form post)")]
    public Task<IActionResult> PayAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "pay/{payKey}")] HttpRequest request,
        string payKey)
    {
        return pages.HandleAsync(request, async ct =>
            await form.PayAsync(payKey, await ReadFormAsync(request, ct), ct));
    }

    [Function("PaymentFormThreeDsReturn")]
    [ApiOperation(Tag, "Where the 3-D Secure page returns the cardholder (form post)")]
    public Task<IActionResult> ThreeDsReturnAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "pay/{payKey}/3ds")] HttpRequest request,
        string payKey)
    {
        return pages.HandleAsync(request, async ct =>
            await form.CompleteThreeDsAsync(payKey, await ReadFormAsync(request, ct), ct));
    }

    [Function("SandboxAcs")]
    [ApiOperation(Tag, "The sandbox acquirer's 3-D Secure page (form post with PaReq, MD, TermUrl)")]
    public Task<IActionResult> SandboxAcsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sandbox/acs")] HttpRequest request)
    {
        return pages.HandleAsync(request, async ct =>
        {
            var post = await ReadFormAsync(request, ct);
            var termUrl = Require.WebUrl(post["TermUrl"].ToString(), "TermUrl");
            return HtmlResults.Page(FormPages.SandboxAcs(termUrl, post["MD"].ToString()));
        });
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new ApiException(
                StatusCodes.Status415UnsupportedMediaType,
                "api.request.media.type.unsupported",
                "Send the form as application/x-www-form-urlencoded.");
        }

        return await request.ReadFormAsync(cancellationToken);
    }
}

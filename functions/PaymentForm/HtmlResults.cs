using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.PaymentForm;

public static class HtmlResults
{
    public static ContentResult Page(string html, int status = StatusCodes.Status200OK) =>
        new() { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = status };
}

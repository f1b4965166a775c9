using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MerchantDesk.Credentials;

/// <summary>Answers that carry a secret: no browser or proxy may keep a copy.</summary>
public static class SecretResults
{
    public static JsonResult Json(HttpRequest request, object value, int status = StatusCodes.Status200OK)
    {
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return ApiResults.Json(value, status);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Api;

/// <summary>Responses written with <see cref="MerchantDeskJson.Options"/>, whatever the host's MVC defaults.</summary>
public static class ApiResults
{
    public static JsonResult Json(object value, int status = StatusCodes.Status200OK) =>
        new(value, MerchantDeskJson.Options) { StatusCode = status };
}

using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantDesk.Credentials;

/// <summary>Answers a QR code request: <c>format</c> (png or svg) and <c>size</c> from the query string.</summary>
public static class QrImages
{
    public static FileContentResult Answer(HttpRequest request, Uri url)
    {
        var format = QueryParameters.Enum<QrFormat>(request, "format") ?? QrFormat.Png;
        var size = PixelsPerModule(request);
        return format == QrFormat.Svg
            ? new FileContentResult(QrCodes.Svg(url, size), QrCodes.SvgContentType)
            : new FileContentResult(QrCodes.Png(url, size), QrCodes.PngContentType);
    }

    private static int PixelsPerModule(HttpRequest request)
    {
        var size = QueryParameters.Number(request, "size") ?? QrCodes.DefaultPixelsPerModule;
        if (size is < QrCodes.MinPixelsPerModule or > QrCodes.MaxPixelsPerModule)
        {
            throw ApiException.BadRequest(
                "api.query.invalid",
                $"'size' must be {QrCodes.MinPixelsPerModule} to {QrCodes.MaxPixelsPerModule} pixels per module.");
        }

        return size;
    }
}

using System.Text;
using QRCoder;

namespace MerchantDesk.Credentials;

/// <summary>
/// QR codes of pay URLs, to print or show. Error correction is level Q (a quarter of the code may be lost), as
/// printed codes get scuffed; each code keeps the standard quiet zone of four modules around it.
/// </summary>
public static class QrCodes
{
    public const int MinPixelsPerModule = 2;
    public const int MaxPixelsPerModule = 40;

    /// <summary>
    /// 20 pixels a module makes a pay URL's code (45 to 55 modules with its quiet zone) about 1,000 pixels wide:
    /// 8 to 9 cm at 300 dpi, which fits an A6 card (10.5 cm wide) and is sharp on screens too.
    /// </summary>
    public const int DefaultPixelsPerModule = 20;

    public const string PngContentType = "image/png";
    public const string SvgContentType = "image/svg+xml";

    public static byte[] Png(Uri url, int pixelsPerModule)
    {
        EnsureSize(pixelsPerModule);
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>An SVG document in UTF-8, as wide and high in pixels as the PNG of the same size.</summary>
    public static byte[] Svg(Uri url, int pixelsPerModule)
    {
        EnsureSize(pixelsPerModule);
        using var data = Encode(url);
        return Encoding.UTF8.GetBytes(new SvgQRCode(data).GetGraphic(pixelsPerModule));
    }

    private static void EnsureSize(int pixelsPerModule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, MinPixelsPerModule);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pixelsPerModule, MaxPixelsPerModule);
    }

    private static QRCodeData Encode(Uri url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
    }
}

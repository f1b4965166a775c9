using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace MerchantDesk.Tests.Support;

/// <summary>Reads a QR code back from a PNG, as a phone camera would.</summary>
public static class QrScanner
{
    public static string? Scan(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlue);
        var pixels = new RGBLuminanceSource(
            image.Data,
            image.Width,
            image.Height,
            RGBLuminanceSource.BitmapFormat.RGB24);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels)));
        return result?.Text;
    }
}

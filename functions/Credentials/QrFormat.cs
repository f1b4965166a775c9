namespace MerchantDesk.Credentials;

/// <summary>The image formats a QR code comes in: PNG to show or print as it is, SVG to scale for print.</summary>
public enum QrFormat
{
    Png,
    Svg,
}

namespace MerchantDesk.Sites;

/// <summary>How a site's customers may pay.</summary>
public enum PaymentMethod
{
    Card,
    Sbp,
}

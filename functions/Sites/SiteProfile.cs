namespace MerchantDesk.Sites;

/// <summary>A site as the payment form and notifications need it; its notification key is read separately.</summary>
public sealed record SiteProfile(
    string MerchantId,
    string ServiceId,
    string SiteId,
    string Name,
    string Url,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    string PublicKey,
    string? NotificationUrl)
{
    public static SiteProfile Of(SiteEntity site) => new(
        site.PartitionKey,
        site.ServiceId,
        site.SiteId,
        site.Name,
        site.Url,
        PaymentMethodList.Parse(site.PaymentMethods),
        site.PublicKey,
        site.NotificationUrl);
}

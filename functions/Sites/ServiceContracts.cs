namespace MerchantDesk.Sites;

public sealed record ConnectServiceRequest(string Name);

/// <param name="SiteId">Optional: the operator may choose it (letters, digits, '-' and '_'); else one is made.</param>
public sealed record ConnectSiteRequest(
    string Name,
    string Url,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    string? SiteId = null);

public sealed record SiteView(string SiteId, string Name, string Url, IReadOnlyList<PaymentMethod> PaymentMethods)
{
    public static SiteView Of(SiteEntity site) =>
        new(site.SiteId, site.Name, site.Url, PaymentMethodList.Parse(site.PaymentMethods));
}

public sealed record ServiceView(string ServiceId, string Name, IReadOnlyList<SiteView> Sites);

public sealed record ServiceList(IReadOnlyList<ServiceView> Services);

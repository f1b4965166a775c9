namespace MerchantDesk.Support;

public sealed record AskSupportRequest(string Subject, string Message, string? ServiceId = null, string? SiteId = null);

public sealed record SupportRequestView(
    string RequestId,
    string Subject,
    string Message,
    string? ServiceId,
    string? SiteId,
    DateTimeOffset CreatedAt)
{
    public static SupportRequestView Of(SupportRequestEntity r) =>
        new(r.RequestId, r.Subject, r.Message, r.ServiceId, r.SiteId, r.CreatedAt);
}

public sealed record SupportRequestPage(IReadOnlyList<SupportRequestView> Requests, string? NextPageToken);

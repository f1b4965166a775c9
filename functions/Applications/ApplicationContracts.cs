namespace MerchantDesk.Applications;

public sealed record ApplyRequest(
    string CompanyName,
    string ContactName,
    string ContactEmail,
    string SiteUrl,
    string? Comment = null);

public sealed record OperatorMessage(string Message);

public sealed record ApplicationView(
    string ApplicationId,
    string CompanyName,
    string ContactName,
    string ContactEmail,
    string SiteUrl,
    string? Comment,
    ApplicationStatus Status,
    string NextSteps,
    string? MerchantId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ApplicationView Of(ApplicationEntity a) => new(
        a.RowKey, a.CompanyName, a.ContactName, a.ContactEmail, a.SiteUrl, a.Comment, a.Status, a.NextSteps,
        a.MerchantId, a.CreatedAt, a.UpdatedAt);
}

public sealed record ApplicationPage(IReadOnlyList<ApplicationView> Applications, string? NextPageToken);

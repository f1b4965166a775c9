namespace MerchantDesk.Audit;

public sealed record AuditEntryView(AuditEvent Event, string Actor, string? Subject, string? Detail, DateTimeOffset At);

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Entries, string? NextPageToken);

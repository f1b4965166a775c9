namespace MerchantDesk.Events;

/// <summary>The queue message announcing an event: where to find its row, nothing more.</summary>
public sealed record LedgerEventMessage(string SiteId, string EventId);

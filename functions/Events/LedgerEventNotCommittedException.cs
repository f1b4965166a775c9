namespace MerchantDesk.Events;

/// <summary>The event's row is not there yet: its commit may still be on its way, so the message is retried.</summary>
public sealed class LedgerEventNotCommittedException(string eventId)
    : Exception($"Ledger event '{eventId}' is not committed yet; retrying.");

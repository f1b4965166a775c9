namespace MerchantDesk.Events;

/// <summary>What a ledger event is about.</summary>
public enum LedgerSubject
{
    Bill,
    Payment,
    Capture,
    Refund,
}

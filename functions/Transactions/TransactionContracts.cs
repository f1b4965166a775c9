namespace MerchantDesk.Transactions;

/// <summary>A page of the Transactions tab: the chosen columns in order, and each transaction's values.</summary>
public sealed record TransactionPage(
    IReadOnlyList<string> Columns,
    IReadOnlyList<TransactionListItem> Items,
    string? NextPageToken);

/// <summary>One row of the list; the ids open its details whatever columns are shown.</summary>
/// <param name="RefundId">Set for a refund; its payment is <paramref name="PaymentId"/>.</param>
public sealed record TransactionListItem(
    string SiteId,
    string PaymentId,
    string? RefundId,
    TransactionKind Type,
    IReadOnlyDictionary<string, string?> Values);

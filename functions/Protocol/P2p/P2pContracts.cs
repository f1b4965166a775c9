namespace MerchantDesk.Protocol.P2p;

/// <param name="ExpirationDateTime">When the bill expires; 45 days after issue when absent.</param>
public sealed record P2pBillRequest(
    P2pAmount Amount,
    string? Comment = null,
    DateTimeOffset? ExpirationDateTime = null,
    WireCustomer? Customer = null,
    Dictionary<string, string>? CustomFields = null);

public sealed record P2pStatus(string Value, string ChangedDateTime);

public sealed record P2pBill(
    string SiteId,
    string BillId,
    P2pAmount Amount,
    P2pStatus Status,
    WireCustomer? Customer,
    IReadOnlyDictionary<string, string>? CustomFields,
    string? Comment,
    string CreationDateTime,
    string ExpirationDateTime,
    string PayUrl);

public sealed record P2pRefundRequest(P2pAmount Amount);

/// <param name="Status"><c>PARTIAL</c> while some of the payment is left, <c>FULL</c> once all is refunded.</param>
public sealed record P2pRefund(P2pAmount Amount, string DateTime, string RefundId, string Status);

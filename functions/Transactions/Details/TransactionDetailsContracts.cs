using MerchantDesk.Payments;

namespace MerchantDesk.Transactions.Details;

public sealed record MoneyView(string Value, string Currency);

public sealed record DeclineView(string Code, string? Text);

public sealed record CustomerView(string? Name, string? Email, string? Phone, string? Account);

/// <summary>A payment with everything the details window shows, its captures and refunds included.</summary>
/// <param name="Refundable">What may still be refunded: captured less refunded and being refunded.</param>
public sealed record PaymentDetails(
    string SiteId,
    string PaymentId,
    string? InvoiceId,
    PaymentStatus Status,
    bool OnHold,
    DateTimeOffset CreatedDateTime,
    MoneyView Amount,
    MoneyView Captured,
    MoneyView Refunded,
    MoneyView Refundable,
    string CardType,
    string? MaskedCard,
    string? AuthCode,
    string? Rrn,
    CustomerView Customer,
    IReadOnlyDictionary<string, string>? CustomFields,
    string? Comment,
    DeclineView? DeclineReason,
    IReadOnlyList<OperationView> Captures,
    IReadOnlyList<OperationView> Refunds);

/// <summary>A capture or a refund of a payment.</summary>
public sealed record OperationView(
    string Id,
    OperationStatus Status,
    MoneyView Amount,
    DateTimeOffset CreatedDateTime,
    string? Reason,
    string? Rrn,
    DeclineView? DeclineReason);

/// <summary>A refund's details: the refund and the payment it gives money back from.</summary>
public sealed record RefundDetails(OperationView Refund, PaymentDetails Payment);

/// <summary>A refund asked for from the profile; without an amount, all that is left is refunded.</summary>
/// <param name="RefundId">Optional: the same id sent again answers the same refund instead of refunding twice.</param>
public sealed record ProfileRefundRequest(string Reason, decimal? Amount = null, string? RefundId = null);

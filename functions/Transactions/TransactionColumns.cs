namespace MerchantDesk.Transactions;

/// <summary>
/// The catalogue of the Transactions tab's columns, in their default order. Column templates pick and order ids
/// from it; the list answers with the chosen columns, in the template's order.
/// </summary>
public static class TransactionColumns
{
    public const string DateTime = "dateTime";
    public const string TransactionId = "transactionId";
    public const string Type = "type";
    public const string Status = "status";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string RefundedAmount = "refundedAmount";
    public const string Site = "site";
    public const string InvoiceId = "invoiceId";
    public const string CardType = "cardType";
    public const string MaskedCard = "maskedCard";
    public const string AuthCode = "authCode";
    public const string Rrn = "rrn";
    public const string CustomerName = "customerName";
    public const string CustomerEmail = "customerEmail";
    public const string CustomerPhone = "customerPhone";
    public const string DeclineReason = "declineReason";
    public const string OnHold = "onHold";

    public static IReadOnlyList<string> All { get; } =
    [
        DateTime, TransactionId, Type, Status, Amount, Currency, RefundedAmount, Site, InvoiceId, CardType,
        MaskedCard, AuthCode, Rrn, CustomerName, CustomerEmail, CustomerPhone, DeclineReason, OnHold,
    ];

    public static bool IsKnown(string column) => All.Contains(column, StringComparer.Ordinal);
}

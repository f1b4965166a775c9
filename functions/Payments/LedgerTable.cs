using MerchantDesk.Storage;

namespace MerchantDesk.Payments;

/// <summary>
/// One partition per site holds its bills, payments, captures, refunds and transactions, so a payment and the
/// transaction row it shows as, or a refund and the payment's refunded total, commit together in one entity group
/// transaction. Row keys start with the kind of row; transactions sort newest first.
/// </summary>
public static class LedgerTable
{
    public const string Name = "Ledger";
    public const string TransactionPrefix = "txn|";

    public static string BillRow(string billId) => "bill|" + billId;

    public static string PaymentRow(string paymentId) => "pay|" + paymentId;

    /// <summary>A row per payment attempt of a bill, so one range query lists the bill's payments.</summary>
    public static string BillPaymentRow(string billId, string paymentId) => BillPaymentPrefix(billId) + paymentId;

    public static string BillPaymentPrefix(string billId) => "billpay|" + billId + "|";

    public static string CaptureRow(string paymentId, string captureId) => CapturePrefix(paymentId) + captureId;

    public static string CapturePrefix(string paymentId) => "cap|" + paymentId + "|";

    public static string RefundRow(string paymentId, string refundId) => RefundPrefix(paymentId) + refundId;

    public static string RefundPrefix(string paymentId) => "ref|" + paymentId + "|";

    public static string TransactionRow(DateTimeOffset at, string transactionId) =>
        TransactionPrefix + Keys.NewestFirst(at) + "|" + transactionId;
}

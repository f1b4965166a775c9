using MerchantDesk.Payments;

namespace MerchantDesk.Transactions;

/// <summary>Projects payments and refunds into the rows the Transactions tab and registers read.</summary>
public static class TransactionRows
{
    public static TransactionEntity Of(PaymentEntity payment) => new()
    {
        PartitionKey = payment.PartitionKey,
        RowKey = payment.TransactionRow,
        TransactionId = payment.PaymentId,
        Kind = TransactionKind.Payment,
        Status = StatusOf(payment.Status),
        OnHold = payment.Status == PaymentStatus.Waiting,
        MerchantId = payment.MerchantId,
        SiteId = payment.SiteId,
        PaymentId = payment.PaymentId,
        BillId = payment.BillId,
        AmountValue = payment.AmountValue,
        AmountInTenThousandths = InTenThousandths(payment.Amount.Value),
        Currency = payment.Currency,
        RefundedValue = payment.RefundedValue,
        CardFirst6 = payment.CardFirst6,
        CardLast4 = payment.CardLast4,
        CardBrand = payment.CardBrand.ToString(),
        AuthCode = payment.AuthCode,
        Rrn = payment.Rrn,
        CustomerName = payment.CardHolder,
        CustomerEmail = payment.CustomerEmail,
        CustomerPhone = payment.CustomerPhone,
        CustomFields = payment.CustomFields,
        DeclineCode = payment.DeclineCode,
        DeclineText = payment.DeclineText,
        CreatedAt = payment.CreatedAt,
    };

    /// <summary>A refund shows as its own transaction, carrying its payment's card and customer.</summary>
    public static TransactionEntity Of(OperationEntity refund, PaymentEntity payment)
    {
        var row = Of(payment);
        row.RowKey = refund.TransactionRow!;
        row.TransactionId = refund.OperationId;
        row.Kind = TransactionKind.Refund;
        row.Status = refund.Status switch
        {
            OperationStatus.Completed => TransactionStatus.Successful,
            OperationStatus.Declined => TransactionStatus.Declined,
            _ => TransactionStatus.New,
        };
        row.OnHold = false;
        row.AmountValue = refund.AmountValue;
        row.AmountInTenThousandths = InTenThousandths(refund.Amount.Value);
        row.RefundedValue = "0";
        row.Rrn = refund.Rrn;
        row.DeclineCode = refund.DeclineCode;
        row.DeclineText = refund.DeclineText;
        row.CreatedAt = refund.CreatedAt;
        return row;
    }

    public static long InTenThousandths(decimal value) => (long)(value * 10_000m);

    private static TransactionStatus StatusOf(PaymentStatus status) => status switch
    {
        PaymentStatus.Completed or PaymentStatus.Waiting => TransactionStatus.Successful,
        PaymentStatus.Declined => TransactionStatus.Declined,
        _ => TransactionStatus.New,
    };
}

using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Invoices;
using MerchantDesk.Storage;
using MerchantDesk.Payments;

namespace MerchantDesk.Events;

/// <summary>
/// A committed change of a bill, payment, capture or refund, stored in the site's ledger partition in the same
/// entity group transaction as the change itself, with a snapshot of the subject as it was then.
/// </summary>
public sealed class LedgerEventEntity : ITableEntity
{
    public const string RowPrefix = "evt|";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Stable across every redelivery, so receivers can de-duplicate by it.</summary>
    public string EventId { get; set; } = "";

    public string MerchantId { get; set; } = "";

    public LedgerSubject Subject { get; set; }

    /// <summary>The bill, payment, capture or refund id.</summary>
    public string SubjectId { get; set; } = "";

    public string? PaymentId { get; set; }

    public string? BillId { get; set; }

    /// <summary>The subject's status after the change, as its entity names it.</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The subject's stored properties as JSON; read with <see cref="SnapshotAs{T}"/>.</summary>
    public string Snapshot { get; set; } = "";

    [IgnoreDataMember]
    public string SiteId => PartitionKey;

    /// <summary>Set once the queue message is out, so a retried commit does not announce the event twice.</summary>
    [IgnoreDataMember]
    public bool Announced { get; private set; }

    public static string Row(string eventId) => RowPrefix + eventId;

    public static LedgerEventEntity Of(BillEntity bill) =>
        New(
            bill,
            bill.MerchantId,
            LedgerSubject.Bill,
            bill.BillId,
            bill.Status.ToString(),
            bill.StatusChangedAt,
            null,
            bill.BillId);

    public static LedgerEventEntity Of(PaymentEntity payment) =>
        New(
            payment,
            payment.MerchantId,
            LedgerSubject.Payment,
            payment.PaymentId,
            payment.Status.ToString(),
            payment.StatusChangedAt,
            payment.PaymentId,
            payment.BillId);

    /// <summary>A capture's or refund's change; <paramref name="payment"/> is the payment it belongs to.</summary>
    public static LedgerEventEntity Of(LedgerSubject subject, OperationEntity operation, PaymentEntity payment) =>
        New(
            operation,
            payment.MerchantId,
            subject,
            operation.OperationId,
            operation.Status.ToString(),
            operation.StatusChangedAt,
            payment.PaymentId,
            payment.BillId);

    public T SnapshotAs<T>()
        where T : class, ITableEntity =>
        LedgerSnapshot.Read<T>(Snapshot);

    /// <summary>This event as a new attempt of <paramref name="earlier"/>: the same id, a fresher snapshot.</summary>
    public LedgerEventEntity Retrying(LedgerEventEntity? earlier)
    {
        if (earlier is not null)
        {
            (EventId, RowKey, Announced) = (earlier.EventId, earlier.RowKey, earlier.Announced);
        }

        return this;
    }

    internal void MarkAnnounced() => Announced = true;

    private static LedgerEventEntity New(
        ITableEntity subject,
        string merchantId,
        LedgerSubject kind,
        string subjectId,
        string status,
        DateTimeOffset occurredAt,
        string? paymentId,
        string? billId)
    {
        var eventId = Keys.NewId("evt");
        return new LedgerEventEntity
        {
            PartitionKey = subject.PartitionKey,
            RowKey = Row(eventId),
            EventId = eventId,
            MerchantId = merchantId,
            Subject = kind,
            SubjectId = subjectId,
            Status = status,
            OccurredAt = occurredAt,
            PaymentId = paymentId,
            BillId = billId,
            Snapshot = LedgerSnapshot.Write(subject),
        };
    }
}

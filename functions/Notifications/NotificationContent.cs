using System.Globalization;
using System.Text.Json;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;
using MerchantDesk.Protocol.P2p;
using MerchantDesk.Protocol.Payin;

namespace MerchantDesk.Notifications;

/// <summary>What a notification says: its format, its JSON body, and the fields its signature covers.</summary>
public sealed record NotificationContent(NotificationFormat Format, string Body, string SignedFields);

/// <summary>
/// Writes an event's notification from its snapshot with the same views the protocol's GETs answer with, so a
/// notification carries exactly what a GET of the subject returned at that moment.
/// </summary>
public sealed class NotificationBodies(PayinViews payin, P2pViews p2p)
{
    private const string Version = "1";

    public NotificationContent Of(LedgerEventEntity change) => change.Subject switch
    {
        LedgerSubject.Bill => Bill(change.SnapshotAs<BillEntity>()),
        LedgerSubject.Payment => Payment(change.SnapshotAs<PaymentEntity>()),
        LedgerSubject.Capture => Capture(change.SnapshotAs<OperationEntity>()),
        _ => Refund(change.SnapshotAs<OperationEntity>()),
    };

    private NotificationContent Payment(PaymentEntity entity)
    {
        var payment = payin.Payment(entity);
        var body = new { payment, type = "PAYMENT", version = Version };
        return Payin(body, payment.PaymentId, payment.CreatedDateTime, entity.Amount.ToString());
    }

    private NotificationContent Capture(OperationEntity entity)
    {
        var capture = payin.Capture(entity);
        var body = new { capture, type = "CAPTURE", version = Version };
        return Payin(body, capture.CaptureId, capture.CreatedDateTime, entity.Amount.ToString());
    }

    private NotificationContent Refund(OperationEntity entity)
    {
        var refund = payin.Refund(entity);
        var body = new { refund, type = "REFUND", version = Version };
        return Payin(body, refund.RefundId, refund.CreatedDateTime, entity.Amount.ToString());
    }

    private NotificationContent Bill(BillEntity entity)
    {
        var bill = p2p.Bill(entity);
        var value = entity.Amount.Value.ToString("F2", CultureInfo.InvariantCulture);
        var signed = string.Join('|', bill.Amount.Currency, value, bill.BillId, bill.SiteId, bill.Status.Value);
        return new NotificationContent(NotificationFormat.P2p, Json(new { bill, version = Version }), signed);
    }

    private static NotificationContent Payin(object body, string id, string createdDateTime, string amount) =>
        new(NotificationFormat.Payin, Json(body), string.Join('|', id, createdDateTime, amount));

    private static string Json(object body) => JsonSerializer.Serialize(body, MerchantDeskJson.Options);
}

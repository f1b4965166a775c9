using System.Text.Json;
using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.Payments;
using MerchantDesk.Sites;

namespace MerchantDesk.Notifications;

/// <summary>
/// The URL a change is posted to: the payment's <c>callbackUrl</c> (for its captures and refunds too) or the bill's
/// <c>invoice_callback_url</c> custom field when the merchant gave one, else the site's notification URL.
/// </summary>
public sealed class UrlTargets(PaymentService payments) : INotificationTargets
{
    public const string BillCallbackField = "invoice_callback_url";

    public async Task<IReadOnlyList<NotificationTarget>> TargetsAsync(
        SiteEntity site,
        LedgerEventEntity change,
        CancellationToken cancellationToken)
    {
        var callback = await CallbackUrlAsync(change, cancellationToken);
        if (callback is not null)
        {
            return [new NotificationTarget(TargetKind.CallbackUrl, callback)];
        }

        return site.NotificationUrl is { } url ? [new NotificationTarget(TargetKind.SiteUrl, url)] : [];
    }

    private async Task<string?> CallbackUrlAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        switch (change.Subject)
        {
            case LedgerSubject.Bill:
                return BillCallback(change.SnapshotAs<BillEntity>());
            case LedgerSubject.Payment:
                return change.SnapshotAs<PaymentEntity>().CallbackUrl;
            default:
                var payment = await payments.GetAsync(change.SiteId, change.PaymentId!, cancellationToken);
                return payment.CallbackUrl;
        }
    }

    private static string? BillCallback(BillEntity bill)
    {
        var fields = bill.CustomFields is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, string>>(bill.CustomFields);
        return fields?.GetValueOrDefault(BillCallbackField) is { Length: > 0 } url ? url : null;
    }
}

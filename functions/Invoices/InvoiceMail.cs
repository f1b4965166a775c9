using System.Globalization;
using MerchantDesk.Email;
using MerchantDesk.Sites;

namespace MerchantDesk.Invoices;

/// <summary>The mail that brings a customer an invoice's pay link.</summary>
public sealed class InvoiceMail(MailOutbox outbox, PayLinks payLinks)
{
    public Task SendPayLinkAsync(
        BillEntity bill,
        SiteEntity site,
        string customerEmail,
        CancellationToken cancellationToken)
    {
        var due = bill.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var body = new MailBody().Paragraph($"{site.Name} asks you to pay {bill.Amount} {bill.Currency}.");
        if (bill.Comment is { } comment)
        {
            body.Paragraph(comment);
        }

        var mail = body
            .Paragraph($"The invoice {bill.BillId} can be paid by card until {due} UTC.")
            .Link("Pay the invoice", payLinks.PayUrl(bill.PayKey))
            .To(customerEmail, $"Invoice from {site.Name}: {bill.Amount} {bill.Currency}");
        return outbox.EnqueueAsync(mail, cancellationToken);
    }
}

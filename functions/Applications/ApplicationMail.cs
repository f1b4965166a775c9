using MerchantDesk.Email;

namespace MerchantDesk.Applications;

/// <summary>Keeps the applicant informed: received, more information needed, rejected.</summary>
public sealed class ApplicationMail(MailOutbox queue)
{
    public Task SendReceivedAsync(ApplicationEntity application, CancellationToken cancellationToken) =>
        SendAsync(application, "We have received your application to connect", cancellationToken);

    public Task SendInformationRequestedAsync(ApplicationEntity application, CancellationToken cancellationToken) =>
        SendAsync(application, "Your application needs more information", cancellationToken);

    public Task SendRejectedAsync(ApplicationEntity application, CancellationToken cancellationToken) =>
        SendAsync(application, "Your application to connect was declined", cancellationToken);

    private Task SendAsync(ApplicationEntity application, string subject, CancellationToken cancellationToken)
    {
        var mail = new MailBody()
            .Paragraph($"Hello {application.ContactName},")
            .Paragraph($"Application {application.RowKey} for {application.CompanyName}: {application.NextSteps}")
            .To(application.ContactEmail, subject);
        return queue.EnqueueAsync(mail, cancellationToken);
    }
}

using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Email;

public sealed class SendMailFunction(SmtpMailSender sender)
{
    /// <summary>Sends one queued mail; a failure is retried by the host, then parked in the poison queue.</summary>
    [Function("SendMail")]
    public Task SendMailAsync(
        [QueueTrigger(MailOutbox.QueueName, Connection = "AzureWebJobsStorage")] OutgoingMail mail,
        CancellationToken cancellationToken)
    {
        return sender.SendAsync(mail, cancellationToken);
    }
}

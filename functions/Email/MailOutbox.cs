using MerchantDesk.Storage;

namespace MerchantDesk.Email;

/// <summary>
/// Hands mail to the outbound queue, so a request never waits on, or fails with, the SMTP server: the queue
/// function sends it and the host retries it.
/// </summary>
public sealed class MailOutbox(QueueSender queues)
{
    public const string QueueName = "outbound-mail";

    public Task EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        queues.SendAsync(QueueName, mail, cancellationToken: cancellationToken);
}

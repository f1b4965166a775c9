using MailKit.Net.Smtp;
using MailKit.Security;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MerchantDesk.Email;

/// <summary>Sends mail through the configured SMTP server with MailKit.</summary>
public sealed partial class SmtpMailSender(
    IOptions<SmtpOptions> options,
    StorageAccount storage,
    ILogger<SmtpMailSender> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = await MessageAsync(settings, mail, cancellationToken);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, SocketOptionsOf(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(mail.Subject);
    }

    private async Task<MimeMessage> MessageAsync(
        SmtpOptions settings,
        OutgoingMail mail,
        CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        if (mail.Attachment is { } attachment)
        {
            await AttachAsync(body, attachment, cancellationToken);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    // MimeKit copies the content in, so the blob's stream can close at once; registers keep attachments small
    // enough for mail (see RegistersOptions), and so in memory.
    private async Task AttachAsync(BodyBuilder body, BlobAttachment attachment, CancellationToken cancellationToken)
    {
        var blob = storage.Container(attachment.Container).GetBlobClient(attachment.BlobName);
        await using var content = await blob.OpenReadAsync(cancellationToken: cancellationToken);
        await body.Attachments.AddAsync(
            attachment.FileName,
            content,
            ContentType.Parse(attachment.ContentType),
            cancellationToken);
    }

    private static SecureSocketOptions SocketOptionsOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    // The subject only: recipients are personal data and bodies may hold one-time links.
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Mail sent: {Subject}")]
    private partial void LogSent(string subject);
}

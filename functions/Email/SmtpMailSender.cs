using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MerchantDesk.Email;

/// <summary>Sends mail through the configured SMTP server with MailKit.</summary>
public sealed partial class SmtpMailSender(IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, SocketOptionsOf(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(Message(settings, mail), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(mail.Subject);
    }

    private static MimeMessage Message(SmtpOptions settings, OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
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

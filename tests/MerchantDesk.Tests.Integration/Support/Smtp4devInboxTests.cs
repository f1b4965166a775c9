using System.Diagnostics;
using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace MerchantDesk.Tests.Support;

public sealed class Smtp4devInboxTests
{
    private static readonly byte[] ReceiptPdf = "%PDF-1.4 receipt"u8.ToArray();

    [Fact]
    public async Task WaitForMailAsync_MailSentOverSmtp_ArrivesWithBodiesLinkAndAttachment()
    {
        var to = Smtp4devInbox.UniqueAddress("buyer");

        await SendAsync(to, "Your receipt", "https://shop.test/receipts/1?site=a&lang=fr");

        var mail = await Smtp4devInbox.WaitForMailAsync(to);
        Assert.Equal([to], mail.To);
        Assert.Equal("\"Corner Shop\" <shop@merchantdesk.test>", mail.From);
        Assert.Equal("Your receipt", mail.Subject);
        Assert.Equal("Thank you for your order.", mail.TextBody?.Trim());
        Assert.Equal("https://shop.test/receipts/1?site=a&lang=fr", mail.FirstLink("https://shop.test/receipts/"));
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("receipt.pdf", attachment.FileName);
        Assert.Equal(ReceiptPdf, attachment.Content);
    }

    [Fact]
    public async Task WaitForMailAsync_WithMatch_ReturnsTheMatchingMailRatherThanTheNewest()
    {
        var to = Smtp4devInbox.UniqueAddress("buyer");

        await SendAsync(to, "First", "https://shop.test/1");
        await SendAsync(to, "Second", "https://shop.test/2");

        var first = await Smtp4devInbox.WaitForMailAsync(to, mail => mail.Subject == "First");
        Assert.Equal("https://shop.test/1", first.FirstLink("https://shop.test/"));
        var all = await Smtp4devInbox.MessagesToAsync(to);
        Assert.Equal(["Second", "First"], all.Select(mail => mail.Subject));
    }

    [Fact]
    public async Task MessagesToAsync_LongerAddressContainingTheRecipient_IsNotListed()
    {
        var to = Smtp4devInbox.UniqueAddress("buyer");

        await SendAsync("other" + to, "Not yours", "https://shop.test/other");
        await SendAsync(to, "Yours", "https://shop.test/yours");

        var mail = await Smtp4devInbox.WaitForMailAsync(to);
        Assert.Equal("Yours", mail.Subject);
        Assert.Single(await Smtp4devInbox.MessagesToAsync(to));
    }

    [Fact]
    public async Task WaitForMailAsync_NothingArrives_ThrowsTimeoutExceptionNamingTheRecipient()
    {
        var to = Smtp4devInbox.UniqueAddress("nobody");
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Smtp4devInbox.WaitForMailAsync(to, timeout: TimeSpan.FromSeconds(1)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Contains(to, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstLink_NoLinkWithThePrefix_ThrowsListingTheLinks()
    {
        var mail = new ReceivedMail([], "shop@merchantdesk.test", "Hello", "See https://shop.test/a.", null, []);

        var error = Assert.Throws<InvalidOperationException>(() => mail.FirstLink("https://other.test/"));

        Assert.Contains("[https://shop.test/a]", error.Message, StringComparison.Ordinal);
    }

    private static async Task SendAsync(string to, string subject, string link)
    {
        using var message = Receipt(to, subject, link);
        using var client = new SmtpClient();
        await client.ConnectAsync(Smtp4devInbox.SmtpHost, Smtp4devInbox.SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    // The link is only in the HTML part, HTML-encoded there as a real template would write it.
    private static MimeMessage Receipt(string to, string subject, string link)
    {
        var body = new BodyBuilder
        {
            TextBody = "Thank you for your order.",
            HtmlBody = $"""<p>Thank you. <a href="{WebUtility.HtmlEncode(link)}">Your receipt</a></p>""",
        };
        body.Attachments.Add("receipt.pdf", ReceiptPdf, new ContentType("application", "pdf"));
        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.From.Add(new MailboxAddress("Corner Shop", "shop@merchantdesk.test"));
        message.To.Add(new MailboxAddress("Buyer", to));
        return message;
    }
}

using MerchantDesk.Email;
using MerchantDesk.Hosting;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Registers;

/// <summary>
/// The mail a register goes out in: the file attached when it is small enough for mail, else a link to its
/// download in the profile; a day without transactions says so in a line.
/// </summary>
public sealed class RegisterMail(PublicUrls urls, IOptions<RegistersOptions> options)
{
    public OutgoingMail To(string recipient, RegisterEntity register)
    {
        var days = register.From == register.To ? register.From : register.From + " to " + register.To;
        var subject = $"Register of {register.SiteName} for {days}";
        var body = new MailBody();
        if (register.Rows == 0)
        {
            return body.Paragraph($"The site {register.SiteName} had no transactions on {days}.")
                .To(recipient, subject);
        }

        body.Paragraph($"The register of {register.SiteName} for {days} lists {register.Rows} transactions.");
        if (register.Bytes > options.Value.AttachUpToBytes)
        {
            return body.Paragraph("It is too large to attach; sign in to the Account Profile to download it.")
                .Link("Download the register", urls.At(DownloadPath(register)))
                .To(recipient, subject);
        }

        var attachment = new BlobAttachment(
            RegisterBuilder.ContainerName,
            register.BlobName,
            register.FileName,
            register.ContentType);
        return body.Paragraph("It is attached.").To(recipient, subject, attachment);
    }

    public static string DownloadPath(RegisterEntity register) =>
        $"profile/sites/{register.SiteId}/registers/{register.RegisterId}/file";
}

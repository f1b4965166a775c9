using System.Net;
using System.Text;

namespace MerchantDesk.Email;

/// <summary>Builds a simple email (greeting, paragraphs, at most one button link) as HTML and plain text.</summary>
public sealed class MailBody
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailBody Paragraph(string text)
    {
        _text.AppendLine(text).AppendLine();
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).AppendLine("</p>");
        return this;
    }

    public MailBody Link(string label, Uri target)
    {
        var url = target.AbsoluteUri;
        _text.AppendLine(label + ": " + url).AppendLine();
        _html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
            .Append(WebUtility.HtmlEncode(label)).AppendLine("</a></p>");
        return this;
    }

    public OutgoingMail To(string recipient, string subject, BlobAttachment? attachment = null)
    {
        const string Signature = "MerchantDesk";
        var text = _text + Signature + Environment.NewLine;
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + _html
            + "<p>" + Signature + "</p></body></html>";
        return new OutgoingMail(recipient, subject, text, html, attachment);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// A mail as smtp4dev received it. <see cref="To"/> holds the bare addresses of the To header; <see cref="From"/>
/// the From header as written, display name included. A body the mail does not have is null.
/// </summary>
public sealed partial record ReceivedMail(
    IReadOnlyList<string> To,
    string From,
    string Subject,
    string? TextBody,
    string? HtmlBody,
    IReadOnlyList<MailAttachment> Attachments)
{
    private static readonly char[] SentencePunctuation = ['.', ',', ';', ':', '!', '?', ')'];

    /// <summary>The first link in the text body, else in the HTML body, that starts with the given prefix.</summary>
    public string FirstLink(string startsWith) =>
        Links().FirstOrDefault(link => link.StartsWith(startsWith, StringComparison.Ordinal))
        ?? throw new InvalidOperationException(
            $"The mail '{Subject}' has no link starting with {startsWith}; its links: [{string.Join(", ", Links())}]");

    private IEnumerable<string> Links() =>
        UrlPattern().Matches(TextBody ?? "").Select(url => url.Value.TrimEnd(SentencePunctuation))
            .Concat(UrlPattern().Matches(HtmlBody ?? "").Select(url => WebUtility.HtmlDecode(url.Value)));

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex UrlPattern();
}

/// <summary>An attachment of a <see cref="ReceivedMail"/>: its file name and its decoded content.</summary>
public sealed record MailAttachment(string FileName, byte[] Content);

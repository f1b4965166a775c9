namespace MerchantDesk.Email;

/// <summary>One email to one recipient, with an HTML and a plain-text body, and at most one attached file.</summary>
public sealed record OutgoingMail(
    string To,
    string Subject,
    string TextBody,
    string HtmlBody,
    BlobAttachment? Attachment = null);

/// <summary>
/// A file to attach, by reference: the sender reads it from blob storage, so a queued mail stays a few hundred
/// bytes whatever the size of its attachment.
/// </summary>
public sealed record BlobAttachment(string Container, string BlobName, string FileName, string ContentType);

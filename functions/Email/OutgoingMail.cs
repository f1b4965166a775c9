namespace MerchantDesk.Email;

/// <summary>One email to one recipient, with an HTML and a plain-text body.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody);

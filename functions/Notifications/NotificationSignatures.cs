using System.Security.Cryptography;
using System.Text;

namespace MerchantDesk.Notifications;

/// <summary>
/// The two signatures a notification carries, both HMAC-SHA256 under the site's notification key:
/// the protocol's (<c>Signature</c> or <c>X-Api-Signature-SHA256</c>), lowercase hex over the fields joined by
/// <c>|</c>, keyed with the key's text exactly as the profile shows it (UTF-8, <c>whsec_</c> prefix included); and
/// Standard Webhooks' <c>webhook-signature</c>, <c>v1,</c> and base64 over <c>id.timestamp.body</c>, keyed with the
/// bytes the base64 after <c>whsec_</c> decodes to, as the Standard Webhooks libraries read such a secret.
/// </summary>
public static class NotificationSignatures
{
    private const string SecretPrefix = "whsec_";

    /// <summary>The protocol signature of fields such as <c>RUB|1.00|bill|site|PAID</c>.</summary>
    public static string Protocol(string key, string signedFields)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(signedFields));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>The <c>webhook-signature</c> header value.</summary>
    public static string StandardWebhooks(string key, string webhookId, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(SecretBytes(key), content));
    }

    private static byte[] SecretBytes(string key) =>
        key.StartsWith(SecretPrefix, StringComparison.Ordinal)
            ? Convert.FromBase64String(key[SecretPrefix.Length..])
            : Encoding.UTF8.GetBytes(key);
}

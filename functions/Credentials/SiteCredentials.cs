using System.Security.Cryptography;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantDesk.Credentials;

/// <summary>
/// A site's keys: the public key that names it to the hosted payment form, and the notification key that signs
/// server notifications, kept encrypted on the site row.
/// </summary>
public sealed class SiteCredentials(StorageAccount storage, SecretProtector protector)
{
    public const string PublicKeyPrefix = "pk_";

    /// <summary>
    /// Notification keys look like Standard Webhooks secrets, <c>whsec_</c> and base64, so the receivers' libraries
    /// take them as they are.
    /// </summary>
    public const string NotificationKeyPrefix = "whsec_";

    /// <summary>
    /// Gives a site about to be connected its keys, and makes its public key findable. The lookup row is written
    /// before the site row, so a site never exists without it; a lookup row whose site was never written finds
    /// nothing, as <see cref="SiteKeys.FindByPublicKeyAsync"/> checks the site.
    /// </summary>
    public async Task IssueAsync(SiteEntity site, CancellationToken cancellationToken)
    {
        site.PublicKey = PublicKeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        ReplaceNotificationKey(site);
        var lookup = new PublicKeyEntity
        {
            PartitionKey = site.PublicKey,
            MerchantId = site.PartitionKey,
            SiteId = site.SiteId,
        };
        await storage.Table(PublicKeyEntity.TableName).AddEntityAsync(lookup, cancellationToken);
    }

    /// <summary>Sets a new notification key on <paramref name="site"/> (not yet saved) and returns it.</summary>
    public string ReplaceNotificationKey(SiteEntity site)
    {
        var key = NotificationKeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        site.NotificationKey = protector.Protect(key, PurposeOf(site));
        return key;
    }

    public string NotificationKeyOf(SiteEntity site) => protector.Unprotect(site.NotificationKey, PurposeOf(site));

    // Binds the ciphertext to its site: copied onto another site's row, it does not decrypt.
    private static string PurposeOf(SiteEntity site) => $"notification-key|{site.PartitionKey}|{site.SiteId}";
}

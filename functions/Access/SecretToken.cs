using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MerchantDesk.Access;

/// <summary>
/// Bearer secrets (sessions, email links, API tokens): 256 random bits shown once, stored only as their SHA-256.
/// A fast hash is enough here because the secret itself has full entropy; passwords use a slow hasher instead.
/// </summary>
public static class SecretToken
{
    public static string New(string prefix) => prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lookup key stored in place of the secret.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

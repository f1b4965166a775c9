using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Credentials;

/// <summary>The key that encrypts the secrets the app must read back, such as sites' notification keys.</summary>
public sealed class SecretsOptions : IValidatableObject
{
    public const string Section = "Secrets";

    private const int KeyBytes = 32;

    /// <summary>
    /// Base64 of 32 random bytes (<c>openssl rand -base64 32</c>); in Azure a Key Vault reference. Losing or
    /// changing it makes every stored notification key unreadable.
    /// </summary>
    [Required]
    public string? EncryptionKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The message must never echo the value: it is a secret.
        if (!string.IsNullOrEmpty(EncryptionKey) && DecodeKey(EncryptionKey) is null)
        {
            yield return new ValidationResult(
                "must be the base64 of 32 random bytes, for example from 'openssl rand -base64 32'",
                [nameof(EncryptionKey)]);
        }
    }

    /// <summary>The 256-bit key in <paramref name="text"/>, or null when it is not exactly that.</summary>
    internal static byte[]? DecodeKey(string text)
    {
        var buffer = new byte[KeyBytes + 1];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written == KeyBytes
            ? buffer[..KeyBytes]
            : null;
    }
}

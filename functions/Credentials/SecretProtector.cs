using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Credentials;

/// <summary>
/// Encrypts secrets the app must read back (a site's notification key) with AES-256-GCM under
/// <see cref="SecretsOptions.EncryptionKey"/>. The stored text is <c>v1.{keyId}.{nonce|tag|ciphertext}</c>: the key
/// id, a fingerprint of the key, says which key wrote it, so a later rotation can decrypt with the old key and
/// re-encrypt with the new one. The purpose (which record the secret belongs to) is bound as associated data, so a
/// ciphertext copied onto another record does not decrypt there.
/// </summary>
public sealed class SecretProtector
{
    private const string Version = "v1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;
    private readonly string _keyId;

    public SecretProtector(IOptions<SecretsOptions> options)
    {
        _key = SecretsOptions.DecodeKey(options.Value.EncryptionKey ?? "")
            ?? throw new InvalidOperationException("Secrets__EncryptionKey is not a valid key.");
        _keyId = Convert.ToHexStringLower(SHA256.HashData(_key), 0, 4);
    }

    public string Protect(string secret, string purpose)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBox = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBox.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(
            nonce,
            plaintext,
            sealedBox.AsSpan(NonceBytes + TagBytes),
            sealedBox.AsSpan(NonceBytes, TagBytes),
            Encoding.UTF8.GetBytes(purpose));
        return string.Join('.', Version, _keyId, WebEncoders.Base64UrlEncode(sealedBox));
    }

    /// <exception cref="CryptographicException">
    /// The text was not written by <see cref="Protect"/> with this key and purpose, or was altered.
    /// </exception>
    public string Unprotect(string protectedSecret, string purpose)
    {
        var sealedBox = Open(protectedSecret);
        var plaintext = new byte[sealedBox.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(
            sealedBox.AsSpan(0, NonceBytes),
            sealedBox.AsSpan(NonceBytes + TagBytes),
            sealedBox.AsSpan(NonceBytes, TagBytes),
            plaintext,
            Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plaintext);
    }

    private byte[] Open(string protectedSecret)
    {
        if (protectedSecret.Split('.') is not [Version, var keyId, var payload])
        {
            throw new CryptographicException("The text is not a secret protected by this app.");
        }

        if (keyId != _keyId)
        {
            throw new CryptographicException(
                $"The secret was encrypted under key {keyId}; the configured encryption key is {_keyId}.");
        }

        var sealedBox = WebEncoders.Base64UrlDecode(payload);
        return sealedBox.Length >= NonceBytes + TagBytes
            ? sealedBox
            : throw new CryptographicException("The protected secret is truncated.");
    }
}

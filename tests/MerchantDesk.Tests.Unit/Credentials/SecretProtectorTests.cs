using System.Security.Cryptography;
using MerchantDesk.Credentials;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Credentials;

public sealed class SecretProtectorTests
{
    private const string Secret = "whsec_c2lnbmluZyBrZXkgb2YgYSBzaXRl";
    private const string Purpose = "notification-key|mch_1|site-1";

    private readonly SecretProtector _protector = ProtectorWith(RandomKey());

    [Fact]
    public void Unprotect_WhatProtectWrote_IsTheSecret()
    {
        var stored = _protector.Protect(Secret, Purpose);

        Assert.Equal(Secret, _protector.Unprotect(stored, Purpose));
    }

    [Fact]
    public void Protect_SameSecretTwice_WritesDifferentTextWithoutTheSecret()
    {
        var first = _protector.Protect(Secret, Purpose);
        var second = _protector.Protect(Secret, Purpose);

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("c2lnbmluZyBrZXkgb2YgYSBzaXRl", first, StringComparison.Ordinal);
        Assert.Matches("^v1\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+$", first);
    }

    [Fact]
    public void Unprotect_CopiedToAnotherRecord_DoesNotDecrypt()
    {
        var stored = _protector.Protect(Secret, Purpose);

        Assert.ThrowsAny<CryptographicException>(
            () => _protector.Unprotect(stored, "notification-key|mch_1|site-2"));
    }

    [Fact]
    public void Unprotect_Altered_DoesNotDecrypt()
    {
        var stored = _protector.Protect(Secret, Purpose);
        var altered = stored[..^2] + (stored[^2] == 'A' ? 'B' : 'A') + stored[^1];

        Assert.ThrowsAny<CryptographicException>(() => _protector.Unprotect(altered, Purpose));
    }

    [Fact]
    public void Unprotect_WrittenUnderAnotherKey_FailsNamingBothKeyIds()
    {
        var stored = ProtectorWith(RandomKey()).Protect(Secret, Purpose);

        var error = Assert.Throws<CryptographicException>(() => _protector.Unprotect(stored, Purpose));

        Assert.Contains(stored.Split('.')[1], error.Message, StringComparison.Ordinal);
    }

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static SecretProtector ProtectorWith(string key) =>
        new(Options.Create(new SecretsOptions { EncryptionKey = key }));
}

using System.Security.Cryptography;
using System.Text.Json;
using MerchantDesk.Api;

namespace MerchantDesk.Protocol;

/// <summary>
/// Tells a repeated PUT from a different one with the same id: the hash of the request as the app understood it.
/// Callers leave card numbers out, so no fingerprint can be matched against guessed cards.
/// </summary>
public static class RequestFingerprint
{
    public static string Of<T>(T request) =>
        Convert.ToHexStringLower(
            SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, MerchantDeskJson.Options)));

    /// <summary>Custom fields in key order, so the order a client sent them in does not matter.</summary>
    public static SortedDictionary<string, string>? Sorted(IReadOnlyDictionary<string, string>? fields) =>
        fields is null ? null : new SortedDictionary<string, string>(fields.ToDictionary(), StringComparer.Ordinal);
}

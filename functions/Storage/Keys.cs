using System.Globalization;
using System.Security.Cryptography;

namespace MerchantDesk.Storage;

/// <summary>Row keys and ids: newest-first ordering and random, URL-safe identifiers.</summary>
public static class Keys
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>A key that sorts newer moments first, so a plain range query lists newest first.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>A new identifier such as <c>usr_k3x9…</c>: a readable prefix and 80 random bits.</summary>
    public static string NewId(string prefix) => prefix + "_" + RandomText(16);

    /// <summary>An unguessable id for a URL anyone may hold, such as a pay link: 130 random bits.</summary>
    public static string NewUnguessableId(string prefix) => prefix + "_" + RandomText(26);

    /// <summary>A newest-first key that is also unique: time first, then random.</summary>
    public static string NewestFirstUnique(DateTimeOffset at) => NewestFirst(at) + RandomText(6);

    private static string RandomText(int length) =>
        string.Create(length, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}

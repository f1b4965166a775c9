using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MerchantDesk.Api;
using MerchantDesk.Payments;
using MerchantDesk.Transactions.Search;

namespace MerchantDesk.Transactions.Index;

/// <summary>
/// The row keys a transaction is found under in its service's index partition. Every key ends with the
/// transaction's place in time (newest first), so each key prefix lists its matches newest first and a period is a
/// key range. Searched values are hashed into the key: any text fits a key that way, and an exact match is all the
/// search needs.
/// </summary>
public static class TransactionIndexKeys
{
    public const string AllPrefix = "all|";

    public static string SitePrefix(string siteId) => "site|" + siteId + "|";

    /// <summary>The key prefix of one searched value, normalized by <see cref="SearchValues"/>.</summary>
    public static string SearchPrefix(SearchAttribute attribute, string normalizedValue) =>
        attribute switch
        {
            SearchAttribute.CardNumber => "card|" + normalizedValue + "|",
            _ => Name(attribute) + "|" + Hash(normalizedValue) + "|",
        };

    /// <summary>The row that remembers which version of the ledger's transaction row the index shows.</summary>
    public static string Head(string siteId, string ledgerRowKey) => "head|" + siteId + "|" + ledgerRowKey;

    /// <summary>Every key <paramref name="ledgerRow"/> is listed and found under.</summary>
    public static IEnumerable<string> For(TransactionEntity ledgerRow)
    {
        var place = Place(ledgerRow);
        yield return AllPrefix + place;
        yield return SitePrefix(ledgerRow.SiteId) + place;
        foreach (var (attribute, value) in SearchedValues(ledgerRow).Distinct())
        {
            yield return SearchPrefix(attribute, value) + place;
        }
    }

    /// <summary>The place in time: the ledger row's newest-first key, then the site, unique in the service.</summary>
    public static string Place(TransactionEntity ledgerRow) =>
        ledgerRow.RowKey[LedgerTable.TransactionPrefix.Length..] + "|" + ledgerRow.SiteId;

    private static IEnumerable<(SearchAttribute, string)> SearchedValues(TransactionEntity row)
    {
        yield return (SearchAttribute.TransactionId, row.TransactionId);
        if (row.BillId is { Length: > 0 } billId)
        {
            yield return (SearchAttribute.InvoiceId, billId);
        }

        foreach (var pattern in CardPatterns(row.CardFirst6, row.CardLast4))
        {
            yield return (SearchAttribute.CardNumber, pattern);
        }

        foreach (var (attribute, value) in CustomerValues(row))
        {
            if (SearchValues.TryNormalize(attribute, value) is { } normalized)
            {
                yield return (attribute, normalized);
            }
        }
    }

    private static IEnumerable<string> CardPatterns(string first6, string last4) =>
        first6.Length == 6 && last4.Length == 4 ? [first6, "*" + last4, first6 + "*" + last4] : [];

    private static IEnumerable<(SearchAttribute, string?)> CustomerValues(TransactionEntity row)
    {
        yield return (SearchAttribute.AuthCode, row.AuthCode);
        yield return (SearchAttribute.CustomerName, row.CustomerName);
        yield return (SearchAttribute.Email, row.CustomerEmail);
        yield return (SearchAttribute.Phone, row.CustomerPhone);
        foreach (var value in CustomFieldValues(row.CustomFields))
        {
            yield return (SearchAttribute.CustomField, value);
        }
    }

    private static List<string> CustomFieldValues(string? json)
    {
        var fields = json is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json, MerchantDeskJson.Options);
        return fields?.Values.ToList() ?? [];
    }

    private static string Name(SearchAttribute attribute) => attribute.ToString().ToLowerInvariant();

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 16);
}

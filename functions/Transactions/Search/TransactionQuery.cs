using Azure.Data.Tables;
using MerchantDesk.Storage;
using MerchantDesk.Transactions.Index;

namespace MerchantDesk.Transactions.Search;

/// <summary>A search by one attribute, its value already in <see cref="SearchValues"/>' form.</summary>
public sealed record SearchTerm(SearchAttribute Attribute, string Value);

/// <summary>
/// What the Transactions tab asks for: a service's transactions, optionally one site's, narrowed by a search and
/// by filters. It becomes one range query of the service's index partition: the search (or site) picks the key
/// prefix, the period narrows the key range, and the other filters apply within that range.
/// </summary>
/// <param name="From">Inclusive.</param>
/// <param name="To">Exclusive.</param>
public sealed record TransactionQuery(
    string ServiceId,
    string? SiteId = null,
    SearchTerm? Search = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    decimal? AmountFrom = null,
    decimal? AmountTo = null,
    TransactionKind? Kind = null,
    TransactionStatus? Status = null)
{
    /// <summary>Everything that shapes the query, so a page token stays with it.</summary>
    public string Key => string.Join(
        '\n',
        ServiceId,
        SiteId,
        Search?.Attribute,
        Search?.Value,
        From?.UtcTicks,
        To?.UtcTicks,
        AmountFrom,
        AmountTo,
        Kind,
        Status);

    public string Filter()
    {
        var prefix = KeyPrefix();
        var (first, end) = KeyRange(prefix);
        var clauses = new List<string>
        {
            TableClient.CreateQueryFilter($"PartitionKey eq {ServiceId} and RowKey gt {first} and RowKey lt {end}"),
        };
        if (Search is not null && SiteId is not null)
        {
            clauses.Add(TableClient.CreateQueryFilter($"SiteId eq {SiteId}"));
        }

        if (Kind is { } kind)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Kind eq {kind.ToString()}"));
        }

        if (Status is { } status)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }

        if (AmountFrom is { } least)
        {
            var value = TransactionRows.InTenThousandths(least);
            clauses.Add(TableClient.CreateQueryFilter($"AmountInTenThousandths ge {value}"));
        }

        if (AmountTo is { } most)
        {
            var value = TransactionRows.InTenThousandths(most);
            clauses.Add(TableClient.CreateQueryFilter($"AmountInTenThousandths le {value}"));
        }

        return string.Join(" and ", clauses);
    }

    private string KeyPrefix() =>
        Search is not null ? TransactionIndexKeys.SearchPrefix(Search.Attribute, Search.Value)
        : SiteId is not null ? TransactionIndexKeys.SitePrefix(SiteId)
        : TransactionIndexKeys.AllPrefix;

    // Keys run newest first: "to" bounds the start of the range and "from" its end. A key is the prefix, a moment,
    // '|' and more; '}' sorts just after '|', so "moment}" falls after every key of that very moment.
    private (string First, string End) KeyRange(string prefix) =>
    (
        To is { } to ? prefix + Keys.NewestFirst(to) + "}" : prefix,
        From is { } from ? prefix + Keys.NewestFirst(from) + "}" : PrefixQueries.EndOf(prefix)
    );
}

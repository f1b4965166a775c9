using MerchantDesk.Api;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Transactions.Search;

/// <summary>
/// Reads the Transactions tab's search and filters from a query string: <c>siteId</c>, <c>searchBy</c> with
/// <c>search</c>, <c>period</c> or <c>from</c>/<c>to</c>, <c>amountFrom</c>, <c>amountTo</c>, <c>type</c>,
/// <c>status</c>. Each malformed or contradictory value is a 400 that names it.
/// </summary>
public sealed class TransactionQueryReader(MerchantCalendar calendar)
{
    public TransactionQuery Read(HttpRequest request, string serviceId)
    {
        var (from, to) = ReadPeriod(request);
        var (amountFrom, amountTo) = ReadAmounts(request);
        return new TransactionQuery(
            serviceId,
            Text(request, "siteId"),
            ReadSearch(request),
            from,
            to,
            amountFrom,
            amountTo,
            QueryParameters.Enum<TransactionKind>(request, "type"),
            QueryParameters.Enum<TransactionStatus>(request, "status"));
    }

    private static SearchTerm? ReadSearch(HttpRequest request)
    {
        var attribute = QueryParameters.Enum<SearchAttribute>(request, "searchBy");
        var value = Text(request, "search");
        return (attribute, value) switch
        {
            (null, null) => null,
            ({ } by, { } text) => new SearchTerm(by, SearchValues.Normalize(by, text)),
            _ => throw ApiException.BadRequest(
                "api.search.incomplete",
                "Give both 'searchBy' (what to search) and 'search' (the value)."),
        };
    }

    private (DateTimeOffset? From, DateTimeOffset? To) ReadPeriod(HttpRequest request)
    {
        var period = QueryParameters.Enum<Period>(request, "period");
        var (fromDay, fromMoment) = QueryParameters.DateOrMoment(request, "from");
        var (toDay, toMoment) = QueryParameters.DateOrMoment(request, "to");
        var from = fromMoment ?? (fromDay is { } first ? calendar.StartOf(first) : null);
        var to = toMoment ?? (toDay is { } last ? calendar.StartOf(last.AddDays(1)) : null);
        if (period is { } named)
        {
            return from is null && to is null
                ? Resolve(named)
                : throw ApiException.BadRequest("api.period.ambiguous", "Give either 'period' or 'from'/'to'.");
        }

        return from >= to
            ? throw ApiException.BadRequest("api.period.invalid", "'from' must be before 'to'.")
            : (from, to);
    }

    private (DateTimeOffset, DateTimeOffset) Resolve(Period period)
    {
        var today = calendar.Today;
        var (first, days) = period switch
        {
            Period.Yesterday => (today.AddDays(-1), 1),
            Period.Week => (today.AddDays(-6), 7),
            Period.Month => (today.AddDays(-29), 30),
            _ => (today, 1),
        };
        return (calendar.StartOf(first), calendar.StartOf(first.AddDays(days)));
    }

    private static (decimal?, decimal?) ReadAmounts(HttpRequest request)
    {
        var least = QueryParameters.Amount(request, "amountFrom");
        var most = QueryParameters.Amount(request, "amountTo");
        return least > most
            ? throw ApiException.BadRequest("api.amount.range.invalid", "'amountFrom' must not exceed 'amountTo'.")
            : (least, most);
    }

    private static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } text ? text : null;
}

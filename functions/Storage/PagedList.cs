using MerchantDesk.Api;

namespace MerchantDesk.Storage;

/// <summary>One page of a list, newest first, and the token of the next page (null on the last).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, string? NextPageToken);

/// <summary>Which page to read: its size, the token from the previous page, and what identifies the query.</summary>
/// <param name="QueryKey">Every parameter that shapes the query (tenant, filters), so tokens stay with it.</param>
public sealed record PageRequest(int Size, string? Token, string QueryKey)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>A page request from a caller's query string values, checked.</summary>
    public static PageRequest From(int? size, string? token, string queryKey)
    {
        var pageSize = size ?? DefaultSize;
        if (pageSize is < 1 or > MaxSize)
        {
            throw ApiException.BadRequest("api.page.size.invalid", $"The page size must be 1 to {MaxSize}.");
        }

        return new PageRequest(pageSize, token, queryKey);
    }
}

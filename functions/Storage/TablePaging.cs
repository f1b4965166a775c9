using Azure.Data.Tables;

namespace MerchantDesk.Storage;

public static class TablePaging
{
    /// <summary>
    /// Reads one page of <paramref name="filter"/> in key order. Usually one round trip; the store may end a
    /// response early (at a partition or time boundary), and then the rest of the page is read from where it
    /// stopped, never past the page size.
    /// </summary>
    public static async Task<PagedList<T>> ReadPageAsync<T>(
        this TableClient table,
        string filter,
        PageRequest request,
        CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var items = new List<T>(request.Size);
        var continuation = PageToken.Decode(request.QueryKey, request.Token);
        do
        {
            var wanted = request.Size - items.Count;
            var pages = table.QueryAsync<T>(filter, wanted, cancellationToken: cancellationToken)
                .AsPages(continuation, wanted);
            continuation = null;
            await foreach (var page in pages)
            {
                items.AddRange(page.Values);
                continuation = page.ContinuationToken;
                break;
            }
        }
        while (continuation is not null && items.Count < request.Size);

        var next = continuation is null ? null : PageToken.Encode(request.QueryKey, continuation);
        return new PagedList<T>(items, next);
    }
}

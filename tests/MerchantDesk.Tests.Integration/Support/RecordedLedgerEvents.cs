using System.Collections.Concurrent;
using MerchantDesk.Events;

namespace MerchantDesk.Tests.Support;

/// <summary>A handler next to the app's own that remembers every ledger event dispatched to it.</summary>
public sealed class RecordedLedgerEvents : ILedgerEventHandler
{
    private readonly ConcurrentQueue<LedgerEventEntity> _received = new();

    public Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        _received.Enqueue(change);
        return Task.CompletedTask;
    }

    /// <summary>The site's events once <paramref name="count"/> of them arrived, in arrival order.</summary>
    public async Task<IReadOnlyList<LedgerEventEntity>> OfSiteAsync(string siteId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var events = _received.Where(e => e.SiteId == siteId).ToList();
            if (events.Count >= count)
            {
                return events;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} ledger events of site {siteId} arrived within 30 s.");
    }
}

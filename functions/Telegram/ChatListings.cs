using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Invoices;
using MerchantDesk.Sites;
using MerchantDesk.Storage;

namespace MerchantDesk.Telegram;

/// <summary><c>/invoices</c>, the chat's latest invoices with their statuses now, and <c>/sites</c>.</summary>
public sealed class ChatListings(StorageAccount storage, BillService bills, BotApi bot, TimeProvider clock)
{
    public const int ListedInvoices = 10;

    public async Task InvoicesAsync(long chatId, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var row in await LatestAsync(chatId, ct))
        {
            if (await bills.FindAsync(row.SiteId, row.BillId, ct) is { } bill)
            {
                lines.Add(LineOf(bill));
            }
        }

        await bot.SendTextAsync(chatId, lines.Count == 0 ? BotTexts.NoInvoices : string.Join('\n', lines), ct);
    }

    public async Task SitesAsync(long chatId, ApiTokenCaller caller, CancellationToken ct)
    {
        var merchants = storage.Table(MerchantTable.Name);
        var lines = new List<string>();
        foreach (var siteId in caller.SiteIds.Order(StringComparer.Ordinal))
        {
            if (await merchants.FindSiteAsync(caller.MerchantId, siteId, ct) is { } site)
            {
                lines.Add(LineOf(site, isHome: siteId == caller.HomeSiteId));
            }
        }

        await bot.SendTextAsync(chatId, string.Join('\n', lines), ct);
    }

    private async Task<List<ChatInvoiceEntity>> LatestAsync(long chatId, CancellationToken ct)
    {
        var (chat, first, end) = (
            ChatTable.PartitionOf(chatId),
            ChatTable.InvoicePrefix,
            PrefixQueries.EndOf(ChatTable.InvoicePrefix));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {chat} and RowKey ge {first} and RowKey lt {end}");
        var rows = new List<ChatInvoiceEntity>();
        await foreach (var row in storage.Table(ChatTable.Name).QueryAsync<ChatInvoiceEntity>(
            filter,
            maxPerPage: ListedInvoices,
            cancellationToken: ct))
        {
            rows.Add(row);
            if (rows.Count == ListedInvoices)
            {
                break;
            }
        }

        return rows;
    }

    private string LineOf(BillEntity bill)
    {
        var status = InvoiceStatuses.At(InvoiceStatuses.Stored(bill), bill.ExpiresAt, clock.GetUtcNow());
        return $"{bill.BillId}: {bill.Amount} {bill.Currency}, {status}" + (bill.Comment is { } c ? $" — {c}" : "");
    }

    private static string LineOf(SiteEntity site, bool isHome) =>
        $"{site.Name} ({site.SiteId}, {site.Url})" + (isHome ? " — invoices are issued here" : "");
}

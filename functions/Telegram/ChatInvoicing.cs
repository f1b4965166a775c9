using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Invoices;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Telegram;

/// <summary>
/// <c>/invoice</c>: a bill of origin Telegram on the token's home site, or on the site picked in the guided
/// dialogue, answered with its pay link and QR code.
/// Like the Invoices tab's, it charges at once. At most <see cref="MaxPerMinute"/> invoices a minute per chat.
/// </summary>
public sealed partial class ChatInvoicing(
    StorageAccount storage,
    BillService bills,
    PayLinks payLinks,
    BotApi bot,
    TimeProvider clock,
    ILogger<ChatInvoicing> logger)
{
    public const int MaxPerMinute = 5;

    /// <summary>8 pixels a module: a code about 400 pixels wide, plenty for a phone's screen.</summary>
    private const int PixelsPerModule = 8;

    private TableClient Chats => storage.Table(ChatTable.Name);

    public async Task IssueAsync(long chatId, ApiTokenCaller caller, string argument, CancellationToken ct)
    {
        var (command, problem) = InvoiceCommand.Parse(argument);
        if (command is null)
        {
            await bot.SendTextAsync(chatId, problem!, ct);
            return;
        }

        await IssueOnAsync(chatId, caller, caller.HomeSiteId, command, ct);
    }

    /// <summary>The invoice on <paramref name="siteId"/>, one of the sites the caller's token covers.</summary>
    public async Task IssueOnAsync(
        long chatId,
        ApiTokenCaller caller,
        string siteId,
        InvoiceCommand command,
        CancellationToken ct)
    {
        if (await RefusalAsync(chatId, caller.MerchantId, siteId, ct) is { } refusal)
        {
            await bot.SendTextAsync(chatId, refusal, ct);
            return;
        }

        var bill = await bills.IssueAsync(caller.MerchantId, siteId, BillOf(command), ct);
        await RecordAsync(chatId, bill, ct);
        LogIssued(bill.BillId, siteId, chatId);
        var payUrl = payLinks.PayUrl(bill.PayKey);
        await bot.SendPhotoAsync(chatId, QrCodes.Png(payUrl, PixelsPerModule), CaptionOf(bill, payUrl), ct);
    }

    private async Task<string?> RefusalAsync(long chatId, string merchantId, string siteId, CancellationToken ct)
    {
        if (await IssuedLastMinuteAsync(chatId, ct) >= MaxPerMinute)
        {
            return BotTexts.TooManyInvoices;
        }

        var site = await storage.Table(MerchantTable.Name).FindSiteAsync(merchantId, siteId, ct);
        return site is not null && PaymentMethodList.Parse(site.PaymentMethods).Contains(PaymentMethod.Card)
            ? null
            : BotTexts.NoCards;
    }

    private async Task<int> IssuedLastMinuteAsync(long chatId, CancellationToken ct)
    {
        var (chat, first) = (ChatTable.PartitionOf(chatId), ChatTable.InvoicePrefix);
        var since = first + Keys.NewestFirst(clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {chat} and RowKey ge {first} and RowKey lt {since}");
        var count = 0;
        var rows = Chats.QueryAsync<ChatInvoiceEntity>(filter, select: ["RowKey"], cancellationToken: ct);
        await foreach (var _ in rows)
        {
            count++;
        }

        return count;
    }

    private static NewBill BillOf(InvoiceCommand command) => new(
        Keys.NewId("tg"),
        command.Amount,
        InvoiceOrigin.Telegram,
        command.Comment,
        Flags: [PayinRequests.Sale]);

    // The bill's chat first: a bill without it is never announced, a row without its bill is harmless.
    private async Task RecordAsync(long chatId, BillEntity bill, CancellationToken ct)
    {
        await storage.Table(InvoiceChatEntity.TableName).AddEntityAsync(
            new InvoiceChatEntity { PartitionKey = bill.SiteId, RowKey = bill.BillId, ChatId = chatId },
            ct);
        await Chats.AddEntityAsync(
            new ChatInvoiceEntity
            {
                PartitionKey = ChatTable.PartitionOf(chatId),
                RowKey = ChatTable.InvoicePrefix + Keys.NewestFirst(bill.CreatedAt) + bill.BillId,
                SiteId = bill.SiteId,
                BillId = bill.BillId,
                IssuedAt = bill.CreatedAt,
            },
            ct);
    }

    private static string CaptionOf(BillEntity bill, Uri payUrl) =>
        $"Invoice {bill.BillId}: {bill.Amount} {bill.Currency}"
        + (bill.Comment is { } comment ? $" — {comment}" : "")
        + $"\nPay: {payUrl.AbsoluteUri}";

    [LoggerMessage(EventId = 1803, Level = LogLevel.Information,
        Message = "Invoice {BillId} issued on site {SiteId} from Telegram chat {ChatId}")]
    private partial void LogIssued(string billId, string siteId, long chatId);
}

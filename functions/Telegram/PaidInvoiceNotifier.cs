using Azure;
using Azure.Data.Tables;
using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.Storage;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Telegram;

/// <summary>
/// Tells the chat an invoice was issued from once it is paid. The bill's row claims the message before it is
/// sent, so redelivered events send it once; a send that fails gives the claim back for the redelivery.
/// </summary>
public sealed class PaidInvoiceNotifier(
    StorageAccount storage,
    BotApi bot,
    IOptions<TelegramOptions> options,
    TimeProvider clock) : ILedgerEventHandler
{
    private TableClient Invoices => storage.Table(InvoiceChatEntity.TableName);

    public async Task HandleAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        var paid = change is { Subject: LedgerSubject.Bill, Status: nameof(BillStatus.Paid) };
        if (!paid || !options.Value.IsConfigured || await ClaimAsync(change, cancellationToken) is not { } claimed)
        {
            return;
        }

        try
        {
            await bot.SendTextAsync(claimed.ChatId, TextOf(change.SnapshotAs<BillEntity>()), cancellationToken);
        }
        catch
        {
            claimed.PaidToldAt = null;
            await Invoices.UpdateEntityAsync(claimed, ETag.All, TableUpdateMode.Replace, CancellationToken.None);
            throw;
        }
    }

    // The bill's chat row, marked told; null when the bill is not from a chat or its chat was told already.
    private async Task<InvoiceChatEntity?> ClaimAsync(LedgerEventEntity change, CancellationToken cancellationToken)
    {
        var found = await Invoices.GetEntityIfExistsAsync<InvoiceChatEntity>(
            change.SiteId,
            change.SubjectId,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { PaidToldAt: null } row)
        {
            return null;
        }

        row.PaidToldAt = clock.GetUtcNow();
        try
        {
            var response = await Invoices.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? ETag.All;
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status is 412)
        {
            return null;
        }
    }

    private static string TextOf(BillEntity bill) =>
        $"Paid: invoice {bill.BillId}, {bill.Amount} {bill.Currency}" + (bill.Comment is { } c ? $" — {c}" : "");
}

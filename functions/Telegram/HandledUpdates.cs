using System.Globalization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Storage;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Telegram;

/// <summary>
/// Telegram redelivers an update it thinks was not received. Each update id is recorded in its chat's partition
/// with a conditional insert before it is handled, so a replay is ignored. The cost is that an update whose
/// handling failed after the insert is not handled again; that drops a reply, never duplicates an invoice.
/// </summary>
public sealed class HandledUpdates(StorageAccount storage, IOptions<TelegramOptions> options)
{
    /// <summary>True the first time this bot sees the update in the chat.</summary>
    public async Task<bool> FirstTimeAsync(long chatId, int updateId, CancellationToken ct)
    {
        var handled = new HandledUpdateEntity
        {
            PartitionKey = ChatTable.PartitionOf(chatId),
            RowKey = ChatTable.UpdatePrefix + BotId() + "|" + updateId.ToString("D10", CultureInfo.InvariantCulture),
        };
        try
        {
            await storage.Table(ChatTable.Name).AddEntityAsync(handled, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            return false;
        }
    }

    // Update ids count per bot; the token's numeric part names the bot without revealing the token.
    private string BotId() => options.Value.BotToken.Split(':')[0];
}

using Azure;
using Azure.Data.Tables;
using MerchantDesk.Storage;

namespace MerchantDesk.Telegram;

/// <summary>
/// The guided dialogues' rows, one a chat in its partition, so any instance can take the next step. A dialogue
/// stands for <see cref="Lifetime"/> after its last step; a write with a stale ETag means another instance took
/// the step first, and the loser stays silent.
/// </summary>
public sealed class InvoiceDialogues(StorageAccount storage, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private TableClient Chats => storage.Table(ChatTable.Name);

    /// <summary>A new dialogue at the amount step, replacing the chat's earlier one.</summary>
    public async Task StartAsync(long chatId, CancellationToken ct)
    {
        var dialogue = new DialogueEntity
        {
            PartitionKey = ChatTable.PartitionOf(chatId),
            DialogueId = Keys.NewId("dlg"),
            ExpiresAt = clock.GetUtcNow() + Lifetime,
        };
        await Chats.UpsertEntityAsync(dialogue, TableUpdateMode.Replace, ct);
    }

    /// <summary>The chat's dialogue; null when there is none or it has expired.</summary>
    public async Task<DialogueEntity?> FindAsync(long chatId, CancellationToken ct)
    {
        var found = await Chats.GetEntityIfExistsAsync<DialogueEntity>(
            ChatTable.PartitionOf(chatId),
            ChatTable.DialogueRow,
            cancellationToken: ct);
        return found.HasValue && found.Value is { } dialogue && dialogue.ExpiresAt > clock.GetUtcNow()
            ? dialogue
            : null;
    }

    /// <summary>Writes the next step; false when another instance changed or ended the dialogue first.</summary>
    public async Task<bool> SaveAsync(DialogueEntity dialogue, CancellationToken ct)
    {
        dialogue.ExpiresAt = clock.GetUtcNow() + Lifetime;
        try
        {
            await Chats.UpdateEntityAsync(dialogue, dialogue.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Ends the dialogue; false when another instance changed or ended it first.</summary>
    public async Task<bool> EndAsync(DialogueEntity dialogue, CancellationToken ct)
    {
        try
        {
            await Chats.DeleteEntityAsync(dialogue.PartitionKey, dialogue.RowKey, dialogue.ETag, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }
}

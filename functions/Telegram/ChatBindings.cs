using Azure;
using Azure.Data.Tables;
using MerchantDesk.Credentials;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Telegram;

/// <summary>
/// Which API token a chat acts with. The binding holds the token's id and hash, never the token; each use checks
/// the token again, and a token revoked or left without its home site unbinds the chat.
/// </summary>
public sealed partial class ChatBindings(
    StorageAccount storage,
    ApiTokenAuthenticator tokens,
    TimeProvider clock,
    ILogger<ChatBindings> logger)
{
    private TableClient Chats => storage.Table(ChatTable.Name);

    public async Task BindAsync(long chatId, string tokenHash, ApiTokenCaller caller, CancellationToken ct)
    {
        var binding = new ChatBindingEntity
        {
            PartitionKey = ChatTable.PartitionOf(chatId),
            MerchantId = caller.MerchantId,
            TokenId = caller.TokenId,
            TokenHash = tokenHash,
            BoundAt = clock.GetUtcNow(),
        };
        await Chats.UpsertEntityAsync(binding, TableUpdateMode.Replace, ct);
        LogBound(chatId, caller.TokenId, caller.MerchantId);
    }

    /// <summary>The chat's caller, checked now; <see cref="ChatAccess.Revoked"/> once it has been unbound.</summary>
    public async Task<ChatAccess> CheckAsync(long chatId, CancellationToken ct)
    {
        var found = await Chats.GetEntityIfExistsAsync<ChatBindingEntity>(
            ChatTable.PartitionOf(chatId),
            ChatTable.BindingRow,
            cancellationToken: ct);
        if (!found.HasValue || found.Value is not { } binding)
        {
            return ChatAccess.NotBound;
        }

        if (await tokens.FindAsync(binding.TokenHash, ct) is { } caller)
        {
            return new ChatAccess(caller, Revoked: false);
        }

        await UnbindAsync(chatId, ct);
        LogUnboundRevoked(chatId, binding.TokenId);
        return new ChatAccess(null, Revoked: true);
    }

    /// <summary>Unbinds the chat; a chat not bound stays so.</summary>
    public async Task UnbindAsync(long chatId, CancellationToken ct)
    {
        await Chats.DeleteEntityAsync(ChatTable.PartitionOf(chatId), ChatTable.BindingRow, ETag.All, ct);
    }

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information,
        Message = "Telegram chat {ChatId} bound to API token {TokenId} of merchant {MerchantId}")]
    private partial void LogBound(long chatId, string tokenId, string merchantId);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information,
        Message = "Telegram chat {ChatId} unbound: its API token {TokenId} was revoked or lost its home site")]
    private partial void LogUnboundRevoked(long chatId, string tokenId);
}

/// <summary>What a chat may do now: act as <paramref name="Caller"/>, or nothing and why.</summary>
public sealed record ChatAccess(ApiTokenCaller? Caller, bool Revoked)
{
    public static ChatAccess NotBound { get; } = new(null, Revoked: false);
}

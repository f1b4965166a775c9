using MerchantDesk.Access;
using MerchantDesk.Credentials;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MerchantDesk.Telegram;

/// <summary>Connects a chat to an API token, by a deep link's start code or a pasted token; disconnects it.</summary>
public sealed partial class ChatBinder(
    StartCodes codes,
    ApiTokenAuthenticator tokens,
    ChatBindings bindings,
    BotApi bot,
    ILogger<ChatBinder> logger)
{
    /// <summary><c>/start</c> asks for a token; <c>/start code</c> binds by the deep link's code.</summary>
    public async Task StartAsync(long chatId, string code, CancellationToken ct)
    {
        if (code.Length == 0)
        {
            await bot.SendTextAsync(chatId, BotTexts.AskForToken, ct);
            return;
        }

        var tokenHash = await codes.RedeemAsync(code, ct);
        await BindAsync(chatId, tokenHash, BotTexts.CodeNotValid, ct);
    }

    /// <summary>A pasted token: the message is deleted first, whether the token is valid or not.</summary>
    public async Task PastedTokenAsync(Message message, string token, CancellationToken ct)
    {
        await DeleteAsync(message, ct);
        await BindAsync(message.Chat.Id, SecretToken.Hash(token), BotTexts.TokenNotValid, ct);
    }

    public async Task UnlinkAsync(long chatId, CancellationToken ct)
    {
        await bindings.UnbindAsync(chatId, ct);
        await bot.SendTextAsync(chatId, BotTexts.Unlinked, ct);
    }

    private async Task BindAsync(long chatId, string? tokenHash, string refusal, CancellationToken ct)
    {
        var caller = tokenHash is null ? null : await tokens.FindAsync(tokenHash, ct);
        if (caller is null)
        {
            await bot.SendTextAsync(chatId, refusal, ct);
            return;
        }

        await bindings.BindAsync(chatId, tokenHash!, caller, ct);
        await bot.SendChoiceAsync(chatId, BotTexts.Bound(caller.TokenId), InvoiceDialogue.NewInvoiceButton, ct);
    }

    // Telegram lets a bot delete a private chat's messages for 48 hours; should it refuse, the chat goes on.
    private async Task DeleteAsync(Message message, CancellationToken ct)
    {
        try
        {
            await bot.DeleteAsync(message.Chat.Id, message.Id, ct);
        }
        catch (ApiRequestException ex)
        {
            LogNotDeleted(ex, message.Chat.Id);
        }
    }

    [LoggerMessage(EventId = 1804, Level = LogLevel.Warning,
        Message = "The message with an API token in Telegram chat {ChatId} could not be deleted")]
    private partial void LogNotDeleted(Exception exception, long chatId);
}

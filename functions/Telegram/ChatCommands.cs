using MerchantDesk.Credentials;
using Telegram.Bot.Types;

namespace MerchantDesk.Telegram;

/// <summary>
/// Answers one message of a private chat: a command, a pasted API token, an answer in the guided invoice dialogue,
/// or a short help.
/// </summary>
public sealed class ChatCommands(
    ChatBindings bindings,
    ChatBinder binder,
    ChatInvoicing invoicing,
    ChatListings listings,
    InvoiceDialogue dialogue,
    BotApi bot)
{
    /// <summary>Longer messages are refused unread; a command with a 255-character comment is far shorter.</summary>
    public const int MaxTextLength = 1000;

    public async Task AnswerAsync(Message message, CancellationToken ct)
    {
        var chatId = message.Chat.Id;
        var text = message.Text?.Trim() ?? "";
        if (text.Length > MaxTextLength)
        {
            await bot.SendTextAsync(chatId, BotTexts.TooLong, ct);
            return;
        }

        if (text.StartsWith(ApiTokenService.TokenPrefix, StringComparison.Ordinal))
        {
            await binder.PastedTokenAsync(message, text, ct);
            return;
        }

        var (command, argument) = Split(text);
        await (command switch
        {
            "/start" => binder.StartAsync(chatId, argument, ct),
            "/help" => bot.SendTextAsync(chatId, BotTexts.Help, ct),
            "/invoice" when argument.Length == 0 => dialogue.StartAsync(chatId, ct),
            "/invoice" => AsBoundAsync(chatId, caller => invoicing.IssueAsync(chatId, caller, argument, ct), ct),
            "/cancel" => dialogue.CancelAsync(chatId, ct),
            "/invoices" => AsBoundAsync(chatId, _ => listings.InvoicesAsync(chatId, ct), ct),
            "/sites" => AsBoundAsync(chatId, caller => listings.SitesAsync(chatId, caller, ct), ct),
            "/unlink" => binder.UnlinkAsync(chatId, ct),
            _ => OtherAsync(chatId, text, ct),
        });
    }

    // Plain text answers the guided dialogue's question, if one is open.
    private async Task OtherAsync(long chatId, string text, CancellationToken ct)
    {
        if (text.StartsWith('/') || !await dialogue.ReplyAsync(chatId, text, ct))
        {
            await bot.SendTextAsync(chatId, BotTexts.NotUnderstood, ct);
        }
    }

    // "/invoice@payment_bot 10 Tea" is how Telegram sends a command picked from the menu.
    private static (string Command, string Argument) Split(string text)
    {
        var parts = text.Split(
            (char[]?)null,
            2,
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts.Length == 0 ? "" : parts[0].Split('@')[0];
        return (command, parts.Length > 1 ? parts[1] : "");
    }

    private async Task AsBoundAsync(long chatId, Func<ApiTokenCaller, Task> run, CancellationToken ct)
    {
        var access = await bindings.CheckAsync(chatId, ct);
        if (access.Caller is { } caller)
        {
            await run(caller);
            return;
        }

        await bot.SendTextAsync(chatId, access.Revoked ? BotTexts.Revoked : BotTexts.NotBound, ct);
    }
}

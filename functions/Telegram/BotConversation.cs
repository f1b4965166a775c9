using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MerchantDesk.Telegram;

/// <summary>
/// Takes one update from Telegram. Only new messages of private chats, and presses of the buttons under the bot's
/// messages there, are answered: an edited message is ignored, so editing an <c>/invoice</c> never issues a second
/// invoice, and a group never sees an invoice or a token.
/// An update seen before is ignored too.
/// </summary>
public sealed class BotConversation(HandledUpdates updates, ChatCommands commands, InvoiceDialogue dialogue)
{
    public async Task TakeAsync(Update update, CancellationToken ct)
    {
        if (PrivateChatOf(update) is not { } chatId || !await updates.FirstTimeAsync(chatId, update.Id, ct))
        {
            return;
        }

        await (update.CallbackQuery is { } query
            ? dialogue.PressAsync(chatId, query, ct)
            : commands.AnswerAsync(update.Message!, ct));
    }

    private static long? PrivateChatOf(Update update) => update switch
    {
        { Message: { Chat.Type: ChatType.Private } message } => message.Chat.Id,
        { CallbackQuery.Message: { Chat.Type: ChatType.Private } message } => message.Chat.Id,
        _ => null,
    };
}

using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MerchantDesk.Telegram;

/// <summary>
/// Takes one update from Telegram. Only new messages of private chats are answered: an edited message is ignored,
/// so editing an <c>/invoice</c> never issues a second invoice, and a group never sees an invoice or a token.
/// An update seen before is ignored too.
/// </summary>
public sealed class BotConversation(HandledUpdates updates, ChatCommands commands)
{
    public async Task TakeAsync(Update update, CancellationToken ct)
    {
        if (update.Message is not { Chat.Type: ChatType.Private } message)
        {
            return;
        }

        if (await updates.FirstTimeAsync(message.Chat.Id, update.Id, ct))
        {
            await commands.AnswerAsync(message, ct);
        }
    }
}

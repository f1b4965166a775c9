using MerchantDesk.Credentials;
using MerchantDesk.Money;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace MerchantDesk.Telegram;

/// <summary>
/// <c>/invoice</c> alone, or the "New invoice" button: the bot asks for the amount, the comment (or Skip) and,
/// when the token covers several sites, the site, then issues the invoice as <c>/invoice 1500.50 Comment</c> does.
/// Buttons carry opaque ids of this dialogue, never a token; a button of another or an ended dialogue is stale.
/// </summary>
public sealed class InvoiceDialogue(
    InvoiceDialogues dialogues,
    DialogueSites sites,
    ChatBindings bindings,
    ChatInvoicing invoicing,
    BotApi bot)
{
    public const string NewData = "new";
    public const string SkipPrefix = "skip|";

    public static InlineKeyboardMarkup NewInvoiceButton { get; } =
        new(InlineKeyboardButton.WithCallbackData(BotTexts.NewInvoice, NewData));

    public async Task StartAsync(long chatId, CancellationToken ct)
    {
        if (await CallerAsync(chatId, ct) is null)
        {
            return;
        }

        await dialogues.StartAsync(chatId, ct);
        await bot.SendTextAsync(chatId, BotTexts.AskAmount, ct);
    }

    public async Task CancelAsync(long chatId, CancellationToken ct)
    {
        var dialogue = await dialogues.FindAsync(chatId, ct);
        var ended = dialogue is not null && await dialogues.EndAsync(dialogue, ct);
        await bot.SendTextAsync(chatId, ended ? BotTexts.Cancelled : BotTexts.NothingToCancel, ct);
    }

    /// <summary>Takes a message as the answer to the dialogue's step; false when the chat is in no dialogue.</summary>
    public async Task<bool> ReplyAsync(long chatId, string text, CancellationToken ct)
    {
        if (await dialogues.FindAsync(chatId, ct) is not { } dialogue)
        {
            return false;
        }

        await (dialogue.Step switch
        {
            DialogueStep.Amount => AmountAsync(chatId, dialogue, text, ct),
            DialogueStep.Comment => CommentAsync(chatId, dialogue, text, ct),
            _ => bot.SendTextAsync(chatId, BotTexts.PickSite, ct),
        });
        return true;
    }

    /// <summary>A pressed button: always answered, with a short notice when it is stale.</summary>
    public async Task PressAsync(long chatId, CallbackQuery query, CancellationToken ct)
    {
        var data = query.Data ?? "";
        var dialogue = await dialogues.FindAsync(chatId, ct);
        var siteId = dialogue?.Step == DialogueStep.Site ? DialogueSites.ChoiceOf(dialogue, data) : null;
        var skip = dialogue?.Step == DialogueStep.Comment && data == SkipPrefix + dialogue.DialogueId;
        var known = data == NewData || skip || siteId is not null;
        await bot.AnswerButtonAsync(query.Id, known ? null : BotTexts.ButtonStale, ct);
        await (data == NewData ? StartAsync(chatId, ct)
            : skip ? CommentGivenAsync(chatId, dialogue!, null, ct)
            : siteId is not null ? FinishAsync(chatId, dialogue!, siteId, ct)
            : Task.CompletedTask);
    }

    private async Task AmountAsync(long chatId, DialogueEntity dialogue, string text, CancellationToken ct)
    {
        if (InvoiceCommand.AmountOf(text) is not { } amount)
        {
            await bot.SendTextAsync(chatId, BotTexts.AmountAgain, ct);
            return;
        }

        (dialogue.Amount, dialogue.Step) = (amount.ToString(), DialogueStep.Comment);
        if (await dialogues.SaveAsync(dialogue, ct))
        {
            var skip = InlineKeyboardButton.WithCallbackData(BotTexts.Skip, SkipPrefix + dialogue.DialogueId);
            await bot.SendChoiceAsync(chatId, BotTexts.AskComment, new InlineKeyboardMarkup(skip), ct);
        }
    }

    private async Task CommentAsync(long chatId, DialogueEntity dialogue, string text, CancellationToken ct)
    {
        if (!InvoiceCommand.CommentFits(text))
        {
            await bot.SendTextAsync(chatId, BotTexts.CommentAgain, ct);
            return;
        }

        await CommentGivenAsync(chatId, dialogue, text, ct);
    }

    private async Task CommentGivenAsync(long chatId, DialogueEntity dialogue, string? comment, CancellationToken ct)
    {
        if (await CallerAsync(chatId, ct) is not { } caller)
        {
            return;
        }

        dialogue.Comment = comment;
        if (caller.SiteIds.Count < 2)
        {
            await FinishAsync(chatId, dialogue, caller.HomeSiteId, ct);
            return;
        }

        var buttons = await sites.OfferAsync(dialogue, caller, ct);
        if (await dialogues.SaveAsync(dialogue, ct))
        {
            await bot.SendChoiceAsync(chatId, BotTexts.AskSite, buttons, ct);
        }
    }

    // Ending the dialogue first, with its ETag, lets only one instance issue its invoice.
    private async Task FinishAsync(long chatId, DialogueEntity dialogue, string siteId, CancellationToken ct)
    {
        if (await CallerAsync(chatId, ct) is not { } caller || !await dialogues.EndAsync(dialogue, ct))
        {
            return;
        }

        if (!caller.SiteIds.Contains(siteId))
        {
            await bot.SendTextAsync(chatId, BotTexts.ButtonStale, ct);
            return;
        }

        var amount = Amount.Stored(dialogue.Amount!, InvoiceCommand.Currency);
        await invoicing.IssueOnAsync(chatId, caller, siteId, new InvoiceCommand(amount, dialogue.Comment), ct);
    }

    private async Task<ApiTokenCaller?> CallerAsync(long chatId, CancellationToken ct)
    {
        var access = await bindings.CheckAsync(chatId, ct);
        if (access.Caller is null)
        {
            await bot.SendTextAsync(chatId, access.Revoked ? BotTexts.Revoked : BotTexts.NotBound, ct);
        }

        return access.Caller;
    }
}

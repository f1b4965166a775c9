namespace MerchantDesk.Telegram;

/// <summary>What the payment bot says; plain text, so nothing a merchant typed is read as markup.</summary>
public static class BotTexts
{
    public const string Help =
        "I issue invoices for your site.\n"
        + "/invoice — a new invoice, step by step: amount, comment, site; /cancel stops\n"
        + "/invoice 1500.50 Comment — at once, on the token's home site, with its pay link and QR code\n"
        + "/invoices — the latest invoices from this chat and their statuses\n"
        + "/sites — the sites your API token covers\n"
        + "/unlink — disconnect this chat from your API token\n"
        + "To connect this chat, open \"Use for invoicing via Telegram\" in the Settings tab of your Account "
        + "Profile, or send /start and paste an API token.";

    public const string AskForToken =
        "Welcome! Paste one of your API tokens (mdk_…) from the Settings tab to connect this chat. "
        + "I delete the message with the token at once.";

    public const string NotUnderstood = "I did not understand that. /help lists what I can do.";

    public const string TooLong = "That message is too long for me. /help lists what I can do.";

    public const string NotBound =
        "This chat is not connected to an API token yet. Send /start and paste a token, or open "
        + "\"Use for invoicing via Telegram\" in the Settings tab.";

    public const string Revoked =
        "The API token of this chat was revoked, or its site was removed, so I disconnected the chat. "
        + "Send /start and paste a valid token to connect again.";

    public const string TokenNotValid =
        "That is not a valid API token: it may be mistyped or revoked. I deleted the message anyway.";

    public const string CodeNotValid =
        "This link has expired or was used already. Create a new one in the Settings tab, or paste an API token.";

    public const string Unlinked = "This chat is disconnected. Send /start to connect it again.";

    public const string AskAmount = "New invoice. How much, in roubles? For example 1500.50. /cancel stops.";

    public const string AskComment = "A comment for the buyer? Send it, or press Skip.";

    public const string AskSite = "On which site?";

    public const string AmountAgain = AmountNotValid + " Send the amount again, or /cancel.";

    public const string CommentAgain = CommentTooLong + " Send a shorter one, press Skip, or /cancel.";

    public const string PickSite = "Pick the site with the buttons above, or /cancel.";

    public const string Cancelled = "The new invoice is cancelled.";

    public const string NothingToCancel = "There is nothing to cancel.";

    public const string ButtonStale = "That button is out of date. Start again with /invoice.";

    public const string NewInvoice = "New invoice";

    public const string Skip = "Skip";

    public const string AmountNotValid =
        "The amount must be a positive number of roubles with at most 2 decimals, such as 1500.50, and at most "
        + "1000000000.";

    public const string CommentTooLong = "The comment may be at most 255 characters.";

    public const string NoCards =
        "This site does not accept cards, the only method of the payment form. Enable cards for the site first.";

    public const string TooManyInvoices = "That is many invoices in a short time. Please wait a minute and try again.";

    public const string NoInvoices = "No invoices from this chat yet. Issue one with /invoice 1500.50 Comment.";

    public static string Bound(string tokenId) =>
        $"This chat is connected to API token {tokenId}. Issue an invoice with /invoice 1500.50 Comment; "
        + "/help lists the commands.";
}

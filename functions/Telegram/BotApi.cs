using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MerchantDesk.Telegram;

/// <summary>The calls the payment bot makes to the Bot API, at the configured base URL.</summary>
public sealed class BotApi(IOptions<TelegramOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "telegram";

    public async Task SendTextAsync(long chatId, string text, CancellationToken cancellationToken)
    {
        await SendChoiceAsync(chatId, text, null, cancellationToken);
    }

    /// <summary>A message with inline buttons under it; a press comes back as a callback query.</summary>
    public async Task SendChoiceAsync(
        long chatId,
        string text,
        InlineKeyboardMarkup? buttons,
        CancellationToken cancellationToken)
    {
        await Client().SendMessage(
            chatId,
            text,
            replyMarkup: buttons,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            cancellationToken: cancellationToken);
    }

    /// <summary>Stops the button's spinner; <paramref name="text"/>, when given, shows as a short notice.</summary>
    public async Task AnswerButtonAsync(string callbackQueryId, string? text, CancellationToken cancellationToken)
    {
        await Client().AnswerCallbackQuery(callbackQueryId, text, cancellationToken: cancellationToken);
    }

    public async Task SendPhotoAsync(long chatId, byte[] png, string caption, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(png);
        await Client().SendPhoto(
            chatId,
            InputFile.FromStream(stream, "invoice-qr.png"),
            caption,
            cancellationToken: cancellationToken);
    }

    public async Task DeleteAsync(long chatId, int messageId, CancellationToken cancellationToken)
    {
        await Client().DeleteMessage(chatId, messageId, cancellationToken);
    }

    public async Task SetWebhookAsync(Uri url, CancellationToken cancellationToken)
    {
        await Client().SetWebhook(
            url.AbsoluteUri,
            secretToken: options.Value.WebhookSecret,
            allowedUpdates: [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery],
            cancellationToken: cancellationToken);
    }

    private TelegramBotClient Client()
    {
        // The client appends "/bot<token>/<method>" to the base URL as it is, so a trailing slash would double.
        var bot = options.Value;
        return new TelegramBotClient(
            new TelegramBotClientOptions(bot.BotToken, bot.ApiBaseUrl.TrimEnd('/')),
            httpClients.CreateClient(HttpClientName));
    }
}

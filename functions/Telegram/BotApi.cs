using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MerchantDesk.Telegram;

/// <summary>The calls the payment bot makes to the Bot API, at the configured base URL.</summary>
public sealed class BotApi(IOptions<TelegramOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "telegram";

    public async Task SendTextAsync(long chatId, string text, CancellationToken cancellationToken)
    {
        await Client().SendMessage(
            chatId,
            text,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            cancellationToken: cancellationToken);
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

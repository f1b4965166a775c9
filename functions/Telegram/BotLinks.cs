using MerchantDesk.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Telegram;

/// <summary>Links to the payment bot in the Telegram app, when there is a bot.</summary>
public sealed class BotLinks(IOptions<TelegramOptions> options)
{
    /// <summary>"Create invoice": the bot's chat, for people who already hold a token; null without a bot.</summary>
    public Uri? Bot => options.Value.IsConfigured ? new Uri("https://t.me/" + options.Value.BotUsername) : null;

    public Uri RequireBot() => Bot ?? throw NotConfigured();

    public static ApiException NotConfigured() => new(
        StatusCodes.Status503ServiceUnavailable,
        "telegram.not.configured",
        "This deployment has no Telegram payment bot; see 'Invoicing through Telegram' in the README.");
}

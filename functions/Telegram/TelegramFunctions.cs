using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using MerchantDesk.OpenApi;
using MerchantDesk.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MerchantDesk.Telegram;

/// <summary>The payment bot's webhook, and the operators' call that registers it with Telegram.</summary>
public sealed class TelegramFunctions(
    ApiRequestHandler handler,
    IOptions<TelegramOptions> options,
    BotConversation conversation,
    OperatorApi operators,
    BotApi bot,
    PublicUrls urls,
    BotLinks links)
{
    public const string Tag = "Telegram payment bot";
    public const string WebhookRoute = "telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    [Function("TelegramWebhook")]
    [ApiOperation(Tag, "Updates from Telegram for the payment bot, carrying the webhook secret in "
        + SecretHeader + "; 503 when this deployment has no bot", Errors = [401, 503])]
    public Task<IActionResult> WebhookAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebhookRoute)] HttpRequest request)
    {
        return handler.HandleAsync(request, ApiSurface.Telegram, async ct =>
        {
            RequireTelegram(request);
            await conversation.TakeAsync(await ReadUpdateAsync(request, ct), ct);
            return new OkResult();
        });
    }

    [Function("RegisterTelegramWebhook")]
    [ApiOperation(Tag, "Register this deployment's webhook and its secret with Telegram (setWebhook)",
        Response = typeof(TelegramWebhookView), Auth = ApiAuth.OperatorSession, Errors = [401, 503])]
    public Task<IActionResult> RegisterWebhookAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operator/telegram/webhook")] HttpRequest request)
    {
        return operators.HandleAsync(request, async (_, ct) =>
        {
            links.RequireBot();
            var url = urls.At(WebhookRoute);
            await bot.SetWebhookAsync(url, ct);
            return ApiResults.Json(new TelegramWebhookView(url.AbsoluteUri));
        });
    }

    // Hashing both sides first makes the comparison take the same time whatever the lengths.
    private void RequireTelegram(HttpRequest request)
    {
        var bot = options.Value;
        if (!bot.IsConfigured)
        {
            throw BotLinks.NotConfigured();
        }

        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(request.Headers[SecretHeader].ToString()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(bot.WebhookSecret));
        if (!CryptographicOperations.FixedTimeEquals(sent, expected))
        {
            throw ApiException.Unauthorized("Only Telegram may call this webhook.");
        }
    }

    private static async Task<Update> ReadUpdateAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, ct)
                ?? throw NotAnUpdate();
        }
        catch (JsonException)
        {
            throw NotAnUpdate();
        }
    }

    private static ApiException NotAnUpdate() =>
        ApiException.BadRequest("telegram.update.invalid", "The body is not a Telegram update.");
}

/// <param name="Url">Where Telegram now posts the bot's updates.</param>
public sealed record TelegramWebhookView(string Url);

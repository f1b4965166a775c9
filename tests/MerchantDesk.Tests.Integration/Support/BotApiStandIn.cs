using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// A stand-in for Telegram's Bot API on 127.0.0.1 that records every call the app makes (sendMessage, sendPhoto,
/// deleteMessage, setWebhook, answerCallbackQuery, …) with their fields, a sendMessage's reply_markup included, and
/// answers each as Telegram would, with just the fields the client reads.
/// </summary>
public sealed class BotApiStandIn : IAsyncDisposable
{
    public const string BotToken = "123456789:merchantdesk-test-bot-token";
    public const string BotUsername = "merchantdesk_test_bot";
    public const string WebhookSecret = "merchantdesk-test-webhook-secret";

    private readonly ConcurrentQueue<BotApiCall> _calls = new();
    private WebApplication? _web;
    private int _lastMessageId = 5000;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<BotApiCall> Calls => [.. _calls];

    public async Task StartAsync(int port)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(BaseAddress.AbsoluteUri);
        _web = builder.Build();
        _web.Run(async context => await (await AnswerAsync(context.Request)).ExecuteAsync(context));
        await _web.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }
    }

    // Paths are "/bot<token>/<method>"; anything else is answered as Telegram answers a wrong token.
    private async Task<IResult> AnswerAsync(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var method = path[(path.LastIndexOf('/') + 1)..];
        if (path != $"/bot{BotToken}/{method}")
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        BotApiCall call;
        try
        {
            call = await ReadAsync(request, method);
        }
        catch (Exception ex)
        {
            return Results.Json(new { ok = false, error_code = 400, description = ex.ToString() }, statusCode: 400);
        }

        _calls.Enqueue(call);
        return call.Method is "sendMessage" or "sendPhoto"
            ? Results.Json(new { ok = true, result = SentMessage(call) })
            : Results.Json(new { ok = true, result = true });
    }

    private static async Task<BotApiCall> ReadAsync(HttpRequest request, string method)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = form.ToDictionary(field => field.Key, field => field.Value.ToString());
            using var photo = new MemoryStream();
            if (form.Files.Count > 0)
            {
                await form.Files[0].CopyToAsync(photo);
            }

            return new BotApiCall(method, fields, photo.ToArray());
        }

        var json = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        var values = json.ToDictionary(
            field => field.Key,
            field => field.Value is JsonValue value && value.TryGetValue<string>(out var text)
                ? text
                : field.Value?.ToJsonString() ?? "");
        return new BotApiCall(method, values, null);
    }

    private object SentMessage(BotApiCall call) => new
    {
        message_id = Interlocked.Increment(ref _lastMessageId),
        date = 1_760_000_000,
        chat = new { id = call.ChatId, type = "private" },
    };
}

/// <param name="Fields">The call's parameters as text, as Telegram reads them from JSON or a form.</param>
/// <param name="Photo">The uploaded photo of a sendPhoto.</param>
public sealed record BotApiCall(string Method, IReadOnlyDictionary<string, string> Fields, byte[]? Photo)
{
    public long? ChatId => Fields.TryGetValue("chat_id", out var id)
        ? long.Parse(id, CultureInfo.InvariantCulture)
        : null;

    /// <summary>The inline buttons of a sendMessage's reply_markup, as (text, callback data), row after row.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Fields.TryGetValue("reply_markup", out var markup)
            && JsonNode.Parse(markup)?["inline_keyboard"] is JsonArray rows
            ? rows.SelectMany(row => row!.AsArray())
                .Select(button => ((string)button!["text"]!, (string)button["callback_data"]!))
                .ToList()
            : [];

    /// <summary>A message's text or a photo's caption.</summary>
    public string Text => Fields.GetValueOrDefault("text") ?? Fields.GetValueOrDefault("caption") ?? "";
}

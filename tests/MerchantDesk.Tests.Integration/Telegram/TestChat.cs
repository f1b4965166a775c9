using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Telegram;

/// <summary>A private chat with the payment bot: posts updates as Telegram does and reads the replies.</summary>
public sealed class TestChat(AppHost app)
{
    private static long s_lastChatId = 700_000_000 + Random.Shared.Next(1_000_000) * 100L;
    private static int s_lastUpdateId = 10_000;

    public long ChatId { get; } = Interlocked.Increment(ref s_lastChatId);

    /// <summary>Every Bot API call the app made for this chat, in order.</summary>
    public IReadOnlyList<BotApiCall> Calls => app.Telegram.Calls.Where(call => call.ChatId == ChatId).ToList();

    public IReadOnlyList<BotApiCall> Photos => Calls.Where(call => call.Method == "sendPhoto").ToList();

    public string LastReply => Calls.Last(call => call.Method is "sendMessage" or "sendPhoto").Text;

    /// <summary>Connects the chat by pasting the site's API token.</summary>
    public async Task BindAsync(ProtocolSite site)
    {
        Assert.Contains("connected", await AskAsync(site.Token), StringComparison.Ordinal);
    }

    public static int NewUpdateId() => Interlocked.Increment(ref s_lastUpdateId);

    /// <summary>Sends a new message and expects the webhook to take it.</summary>
    public async Task<int> SayAsync(string text)
    {
        var messageId = NewUpdateId();
        using var response = await PostAsync(UpdateOf(NewUpdateId(), text, messageId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return messageId;
    }

    /// <summary>Says <paramref name="text"/>, then returns what the bot answered to it.</summary>
    public async Task<string> AskAsync(string text)
    {
        var before = Calls.Count;
        await SayAsync(text);
        Assert.True(Calls.Count > before, $"the bot did not answer '{text}'");
        return LastReply;
    }

    /// <summary>Presses the button <paramref name="text"/> of the bot's latest message that has it.</summary>
    public async Task<string> PressAsync(string text)
    {
        var message = Calls.Last(call => call.Buttons.Any(button => button.Text == text));
        return await PressDataAsync(message.Buttons.First(button => button.Text == text).Data);
    }

    /// <summary>Presses a button carrying <paramref name="data"/>; returns the callback query's id.</summary>
    public async Task<string> PressDataAsync(string data, int? updateId = null)
    {
        var queryId = NewUpdateId().ToString(CultureInfo.InvariantCulture);
        using var response = await PostAsync(CallbackOf(updateId ?? NewUpdateId(), queryId, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return queryId;
    }

    /// <summary>The answerCallbackQuery of the query <paramref name="queryId"/>.</summary>
    public BotApiCall AnswerOf(string queryId) =>
        Assert.Single(app.Telegram.Calls, call => call.Method == "answerCallbackQuery"
            && call.Fields["callback_query_id"] == queryId);

    public Dictionary<string, object> CallbackOf(int updateId, string queryId, string data)
    {
        var query = new Dictionary<string, object>
        {
            ["id"] = queryId,
            ["from"] = new { id = ChatId, is_bot = false, first_name = "Merchant" },
            ["message"] = new
            {
                message_id = NewUpdateId(),
                date = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                chat = new { id = ChatId, type = "private" },
            },
            ["chat_instance"] = "1",
            ["data"] = data,
        };
        return new Dictionary<string, object> { ["update_id"] = updateId, ["callback_query"] = query };
    }

    public async Task<HttpResponseMessage> PostAsync(object update, string? secret = BotApiStandIn.WebhookSecret)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "telegram/webhook")
        {
            Content = new StringContent(JsonSerializer.Serialize(update), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await client.SendAsync(request);
    }

    /// <summary>An update as Telegram posts it; <paramref name="kind"/> is "message", "edited_message", ….</summary>
    public Dictionary<string, object> UpdateOf(
        int updateId,
        string text,
        int? messageId = null,
        string kind = "message",
        string chatType = "private")
    {
        var message = new Dictionary<string, object>
        {
            ["message_id"] = messageId ?? NewUpdateId(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new { id = ChatId, type = chatType },
            ["from"] = new { id = ChatId, is_bot = false, first_name = "Merchant" },
            ["text"] = text,
        };
        return new Dictionary<string, object> { ["update_id"] = updateId, [kind] = message };
    }
}

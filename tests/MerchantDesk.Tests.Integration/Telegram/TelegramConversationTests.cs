using System.Net;
using System.Text;
using MerchantDesk.Telegram;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Telegram;

/// <summary>What the bot says to anything but a good command, and the operators' webhook registration.</summary>
[Collection(AppCollection.Name)]
public sealed class TelegramConversationTests(AppHost app)
{
    [Theory]
    [InlineData("/help", BotTexts.Help)]
    [InlineData("/refund 10", BotTexts.NotUnderstood)]
    [InlineData("hello there", BotTexts.NotUnderstood)]
    [InlineData("", BotTexts.NotUnderstood)]
    public async Task Message_AnyChat_GetsAShortAnswer(string text, string answer)
    {
        Assert.Equal(answer, await new TestChat(app).AskAsync(text));
    }

    [Fact]
    public async Task Message_VeryLong_IsRefusedUnread()
    {
        var chat = new TestChat(app);

        Assert.Equal(BotTexts.TooLong, await chat.AskAsync("/invoice 10 " + new string('x', 5000)));
        Assert.Empty(chat.Photos);
    }

    [Theory]
    [InlineData("edited_message", "private")]
    [InlineData("message", "group")]
    [InlineData("channel_post", "channel")]
    public async Task Update_EditedOrNotPrivate_IsTakenSilently(string kind, string chatType)
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Edits LLC");
        var chat = new TestChat(app);
        await chat.BindAsync(site);
        var calls = chat.Calls.Count;

        using var response = await chat.PostAsync(
            chat.UpdateOf(TestChat.NewUpdateId(), "/invoice 10 Tea", kind: kind, chatType: chatType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(calls, chat.Calls.Count);
    }

    [Fact]
    public async Task Webhook_NotAnUpdate_IsABadRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "telegram/webhook");
        using var client = app.NewClient();
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", BotApiStandIn.WebhookSecret);
        request.Content = new StringContent("[1, 2", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RegisterWebhook_Operator_SetsTheWebhookWithItsSecret()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        var registered = await operatorApi.PostAsync("operator/telegram/webhook")
            .ExpectAsync<TelegramWebhookView>(HttpStatusCode.OK);

        var call = app.Telegram.Calls.Last(call => call.Method == "setWebhook");
        Assert.Equal(app.BaseAddress + "telegram/webhook", registered.Url);
        Assert.Equal(registered.Url, call.Fields["url"]);
        Assert.Equal(BotApiStandIn.WebhookSecret, call.Fields["secret_token"]);
    }

    [Fact]
    public async Task RegisterWebhook_NoOperatorSession_IsUnauthorized()
    {
        await new ApiCall(app).PostAsync("operator/telegram/webhook").ExpectStatusAsync(HttpStatusCode.Unauthorized);
    }
}

using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Credentials;
using MerchantDesk.Storage;
using MerchantDesk.Telegram;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Telegram;

/// <summary>Connecting a chat to an API token: a pasted token, a deep link's start code; revocation.</summary>
[Collection(AppCollection.Name)]
public sealed class TelegramBindingTests(AppHost app)
{
    [Fact]
    public async Task Webhook_WithoutOrWithAWrongSecret_IsUnauthorizedAndTheBotSaysNothing()
    {
        var chat = new TestChat(app);

        using var missing = await chat.PostAsync(chat.UpdateOf(TestChat.NewUpdateId(), "/help"), secret: null);
        using var wrong = await chat.PostAsync(chat.UpdateOf(TestChat.NewUpdateId(), "/help"), secret: "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Empty(chat.Calls);
    }

    [Fact]
    public async Task PastedToken_Valid_BindsTheChatByTheTokensHashAndDeletesTheMessage()
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Paste LLC");
        var chat = new TestChat(app);

        var messageId = await chat.SayAsync(site.Token);

        var deleted = Assert.Single(chat.Calls, call => call.Method == "deleteMessage");
        Assert.Equal(messageId.ToString(CultureInfo.InvariantCulture), deleted.Fields["message_id"]);
        Assert.Contains("connected to API token tok_", chat.LastReply, StringComparison.Ordinal);
        var binding = await BindingRowAsync(chat);
        Assert.Equal(SecretToken.Hash(site.Token), binding.GetString("TokenHash"));
        Assert.DoesNotContain(
            ((IDictionary<string, object>)binding).Values,
            value => value.ToString()?.Contains(site.Token, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task PastedToken_Unknown_IsRefusedAndStillDeleted()
    {
        var chat = new TestChat(app);

        var answer = await chat.AskAsync(ApiTokenService.TokenPrefix + "not-a-real-token-at-all");

        Assert.Equal(BotTexts.TokenNotValid, answer);
        Assert.Single(chat.Calls, call => call.Method == "deleteMessage");
        Assert.Equal(BotTexts.NotBound, await chat.AskAsync("/invoice 10"));
    }

    [Fact]
    public async Task Start_WithoutACode_AsksForAToken()
    {
        Assert.Equal(BotTexts.AskForToken, await new TestChat(app).AskAsync("/start"));
    }

    [Fact]
    public async Task StartCode_FromTheSettingsTab_BindsOneChatOnce()
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Link LLC");
        var admin = new ApiCall(app, site.Merchant[Role.Administrator].SessionToken);
        var settings = await admin.GetAsync($"profile/services/{site.Merchant.ServiceId}/sites")
            .ExpectAsync<ServiceSettingsView>(HttpStatusCode.OK);
        var tokenId = settings.Sites.Single().ApiTokens.Single().TokenId;

        var link = await admin.PostAsync($"profile/sites/{site.SiteId}/tokens/{tokenId}/telegram")
            .ExpectAsync<TelegramLinkView>(HttpStatusCode.Created);
        var code = link.Url.Split("?start=")[1];
        var first = new TestChat(app);
        var second = new TestChat(app);

        Assert.Equal($"https://t.me/{BotApiStandIn.BotUsername}", settings.TelegramBotUrl);
        Assert.StartsWith($"https://t.me/{BotApiStandIn.BotUsername}?start=", link.Url, StringComparison.Ordinal);
        Assert.Equal(BotTexts.Bound(tokenId), await first.AskAsync("/start " + code));
        Assert.Equal(BotTexts.CodeNotValid, await second.AskAsync("/start " + code));
        Assert.Equal(BotTexts.CodeNotValid, await second.AskAsync("/start tg_madeup"));
    }

    [Fact]
    public async Task RevokedToken_NextCommand_UnbindsTheChatWithAClearMessage()
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Revoke LLC");
        var chat = new TestChat(app);
        await chat.BindAsync(site);
        var tokens = app.Services.GetRequiredService<ApiTokenService>();
        var tokenId = (await tokens.ListAsync(site.Merchant.MerchantId, default)).Single().TokenId;

        await tokens.RevokeAsync(
            TestMerchant.CallerOf(site.Merchant[Role.Administrator]),
            site.SiteId,
            tokenId,
            default);

        Assert.Equal(BotTexts.Revoked, await chat.AskAsync("/invoice 100 Tea"));
        Assert.Equal(BotTexts.NotBound, await chat.AskAsync("/invoices"));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Unlink_BoundChat_DisconnectsIt()
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Unlink LLC");
        var chat = new TestChat(app);
        await chat.BindAsync(site);

        Assert.Equal(BotTexts.Unlinked, await chat.AskAsync("/unlink"));
        Assert.Equal(BotTexts.NotBound, await chat.AskAsync("/sites"));
    }

    private async Task<TableEntity> BindingRowAsync(TestChat chat)
    {
        var row = await app.Services.GetRequiredService<StorageAccount>().Table(ChatTable.Name)
            .GetEntityAsync<TableEntity>(ChatTable.PartitionOf(chat.ChatId), ChatTable.BindingRow);
        return row.Value;
    }
}

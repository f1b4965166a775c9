using System.Net;
using MerchantDesk.Invoices;
using MerchantDesk.Sites;
using MerchantDesk.Telegram;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Telegram;

/// <summary>The guided invoice dialogue: amount, comment or Skip, and the site when a token covers several.</summary>
[Collection(AppCollection.Name)]
public sealed class TelegramDialogueTests(AppHost app)
{
    [Fact]
    public async Task Dialogue_OneSiteToken_AsksAmountAndCommentThenIssuesOnTheSite()
    {
        var site = await ProtocolSite.CreateAsync(app, "Telegram Dialogue LLC");
        var chat = await BoundChatAsync(site);

        Assert.Equal(BotTexts.AskAmount, await chat.AskAsync("/invoice"));
        Assert.Equal(BotTexts.AskComment, await chat.AskAsync("1500.50"));
        Assert.Equal([BotTexts.Skip], chat.Calls[^1].Buttons.Select(button => button.Text));
        await chat.SayAsync("Flowers for Anna");

        var bill = await BillOfAsync(site.SiteId, Assert.Single(chat.Photos));
        Assert.Equal(
            (InvoiceOrigin.Telegram, "1500.50", "Flowers for Anna"),
            (bill.Origin, bill.AmountValue, bill.Comment));
        Assert.DoesNotContain(chat.Calls, call => call.Text == BotTexts.AskSite);
    }

    [Fact]
    public async Task Dialogue_TwoSiteToken_OffersSiteButtonsAndIssuesOnThePickedSite()
    {
        var first = await ProtocolSite.CreateAsync(app, "Telegram Two Sites LLC");
        var home = await first.AnotherSiteAsync(app, PaymentMethod.Card);
        var chat = await BoundChatAsync(home);

        await chat.PressAsync(BotTexts.NewInvoice);
        await chat.SayAsync("20");
        var queryId = await chat.PressAsync(BotTexts.Skip);
        var question = chat.Calls[^1];
        var picked = await chat.PressDataAsync(question.Buttons[1].Data);

        Assert.Equal(BotTexts.AskSite, question.Text);
        Assert.Equal(["Second site", "Main site"], question.Buttons.Select(button => button.Text));
        Assert.All(
            question.Buttons,
            button => Assert.DoesNotContain(home.Token, button.Data, StringComparison.Ordinal));
        Assert.False(chat.AnswerOf(queryId).Fields.ContainsKey("text"), "a good button gets a silent answer");
        Assert.False(chat.AnswerOf(picked).Fields.ContainsKey("text"), "a good button gets a silent answer");
        var bill = await BillOfAsync(first.SiteId, Assert.Single(chat.Photos));
        Assert.Equal(("20.00", null), (bill.AmountValue, bill.Comment));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("12.345")]
    [InlineData("1000000000.01")]
    public async Task Dialogue_BadAmount_IsAskedAgain(string amount)
    {
        var chat = await BoundChatAsync(await ProtocolSite.CreateAsync(app, "Telegram Dialogue Amount LLC"));
        await chat.SayAsync("/invoice");

        Assert.Equal(BotTexts.AmountAgain, await chat.AskAsync(amount));
        Assert.Equal(BotTexts.AskComment, await chat.AskAsync("10"));
        Assert.Equal(BotTexts.CommentAgain, await chat.AskAsync(new string('x', 256)));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Cancel_DuringTheDialogue_EndsItWithoutAnInvoice()
    {
        var chat = await BoundChatAsync(await ProtocolSite.CreateAsync(app, "Telegram Cancel LLC"));
        await chat.SayAsync("/invoice");
        await chat.SayAsync("10");

        Assert.Equal(BotTexts.Cancelled, await chat.AskAsync("/cancel"));
        Assert.Equal(BotTexts.NotUnderstood, await chat.AskAsync("Tea"));
        Assert.Equal(BotTexts.NothingToCancel, await chat.AskAsync("/cancel"));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task StaleOrForeignButton_IsAnsweredPolitelyAndIssuesNothing()
    {
        var chat = await BoundChatAsync(await ProtocolSite.CreateAsync(app, "Telegram Stale LLC"));
        await chat.SayAsync("/invoice");
        await chat.SayAsync("10");
        var skip = chat.Calls[^1].Buttons.Single().Data;
        await chat.SayAsync("/cancel");

        var stale = await chat.PressDataAsync(skip);
        var foreign = await chat.PressDataAsync("site|c_madeup");

        Assert.Equal(BotTexts.ButtonStale, chat.AnswerOf(stale).Fields["text"]);
        Assert.Equal(BotTexts.ButtonStale, chat.AnswerOf(foreign).Fields["text"]);
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Dialogue_ReplayedFinalUpdate_IssuesOneInvoice()
    {
        var chat = await BoundChatAsync(await ProtocolSite.CreateAsync(app, "Telegram Dialogue Replay LLC"));
        await chat.SayAsync("/invoice");
        await chat.SayAsync("30");
        var last = chat.UpdateOf(TestChat.NewUpdateId(), "Coffee");

        using var first = await chat.PostAsync(last);
        using var replayed = await chat.PostAsync(last);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replayed.StatusCode));
        Assert.Single(chat.Photos);
    }

    private async Task<TestChat> BoundChatAsync(ProtocolSite site)
    {
        var chat = new TestChat(app);
        await chat.BindAsync(site);
        return chat;
    }

    private async Task<BillEntity> BillOfAsync(string siteId, BotApiCall photo)
    {
        var billId = photo.Text.Split(':')[0]["Invoice ".Length..];
        var bill = await app.Services.GetRequiredService<BillService>().FindAsync(siteId, billId, default);
        return Assert.IsType<BillEntity>(bill);
    }
}

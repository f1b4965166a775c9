using System.Net;
using MerchantDesk.Invoices;
using MerchantDesk.Telegram;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Telegram;

/// <summary>Invoices from a chat with <c>/invoice</c>, listing them, and being told when one is paid.</summary>
[Collection(AppCollection.Name)]
public sealed class TelegramInvoiceTests(AppHost app)
{
    [Fact]
    public async Task Invoice_BoundChat_AnswersWithThePayLinkAndItsQrCodeOfATelegramInvoice()
    {
        var (site, chat) = await BoundChatAsync("Telegram Invoice LLC");

        await chat.SayAsync("/invoice 1500.50 Flowers for Anna");

        var photo = Assert.Single(chat.Photos);
        var bill = await BillOfAsync(site, photo);
        var payUrl = photo.Text.Split("Pay: ")[1];
        Assert.Equal((InvoiceOrigin.Telegram, "1500.50", "RUB"), (bill.Origin, bill.AmountValue, bill.Currency));
        Assert.Equal("Flowers for Anna", bill.Comment);
        Assert.Equal(app.BaseAddress + "pay/" + bill.PayKey, payUrl);
        Assert.Equal(payUrl, QrScanner.Scan(photo.Photo!));
    }

    [Fact]
    public async Task Invoice_CommaAndNoComment_IsIssued()
    {
        var (site, chat) = await BoundChatAsync("Telegram Comma LLC");

        await chat.SayAsync("/invoice 99,9");

        var bill = await BillOfAsync(site, Assert.Single(chat.Photos));
        Assert.Equal(("99.90", null), (bill.AmountValue, bill.Comment));
    }

    [Theory]
    [InlineData("/invoice abc Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice -5 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 0 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 1e5 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 12.345 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 1000000000.01 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 99999999999 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice 1,2,3 Tea", BotTexts.AmountNotValid)]
    [InlineData("/invoice NaN", BotTexts.AmountNotValid)]
    public async Task Invoice_BadAmount_AnswersPolitelyAndIssuesNothing(string text, string answer)
    {
        var (_, chat) = await BoundChatAsync("Telegram Amounts LLC");

        Assert.Equal(answer, await chat.AskAsync(text));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Invoice_CommentTooLong_AnswersPolitelyAndIssuesNothing()
    {
        var (_, chat) = await BoundChatAsync("Telegram Comment LLC");

        Assert.Equal(BotTexts.CommentTooLong, await chat.AskAsync("/invoice 10 " + new string('x', 256)));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Invoice_ReplayedUpdate_IssuesOneInvoice()
    {
        var (_, chat) = await BoundChatAsync("Telegram Replay LLC");
        var update = chat.UpdateOf(TestChat.NewUpdateId(), "/invoice 250 Coffee");

        using var first = await chat.PostAsync(update);
        using var replayed = await chat.PostAsync(update);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replayed.StatusCode));
        Assert.Single(chat.Photos);
    }

    [Fact]
    public async Task Invoice_UnboundChat_AsksToConnectFirst()
    {
        var chat = new TestChat(app);

        Assert.Equal(BotTexts.NotBound, await chat.AskAsync("/invoice 100 Tea"));
        Assert.Empty(chat.Photos);
    }

    [Fact]
    public async Task Invoice_MoreThanFiveAMinute_IsRefusedUntilTheMinuteIsOver()
    {
        var (_, chat) = await BoundChatAsync("Telegram Limit LLC");
        for (var i = 1; i <= ChatInvoicing.MaxPerMinute; i++)
        {
            await chat.SayAsync($"/invoice {i} Tea");
        }

        Assert.Equal(BotTexts.TooManyInvoices, await chat.AskAsync("/invoice 6 Tea"));
        Assert.Equal(ChatInvoicing.MaxPerMinute, chat.Photos.Count);
    }

    [Fact]
    public async Task InvoicesAndSites_BoundChat_ListTheChatsInvoicesAndTheTokensSites()
    {
        var (site, chat) = await BoundChatAsync("Telegram Lists LLC");
        await chat.SayAsync("/invoice 10 First");
        await chat.SayAsync("/invoice 20 Second");

        var invoices = (await chat.AskAsync("/invoices")).Split('\n');
        var sites = await chat.AskAsync("/sites");

        Assert.Equal(2, invoices.Length);
        Assert.EndsWith("20.00 RUB, AwaitingPayment — Second", invoices[0], StringComparison.Ordinal);
        Assert.EndsWith("10.00 RUB, AwaitingPayment — First", invoices[1], StringComparison.Ordinal);
        Assert.StartsWith($"Main site ({site.SiteId}, https://shop.example", sites, StringComparison.Ordinal);
        Assert.EndsWith("— invoices are issued here", sites, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoices_NoneYet_SaysSo()
    {
        var (_, chat) = await BoundChatAsync("Telegram Empty LLC");

        Assert.Equal(BotTexts.NoInvoices, await chat.AskAsync("/invoices"));
    }

    [Fact]
    public async Task PaidInvoice_TheChatIsToldOnce()
    {
        var (site, chat) = await BoundChatAsync("Telegram Paid LLC");
        await chat.SayAsync("/invoice 300 Lunch");
        var bill = await BillOfAsync(site, Assert.Single(chat.Photos));

        await new ApiCall(app, site.Token)
            .PutAsync(
                site.Payin("payments/" + bill.BillId + "-pay"),
                ProtocolBodies.PaymentBody("300.00", TestCards.Visa, bill.BillId, sale: true))
            .ExpectStatusAsync(HttpStatusCode.OK);

        var told = await Eventually.ReadAsync(
            () => Task.FromResult(chat.Calls.Where(call => call.Text.StartsWith("Paid:", StringComparison.Ordinal))
                .ToList()),
            calls => calls.Count > 0,
            _ => "the chat was never told the invoice was paid");
        Assert.Equal($"Paid: invoice {bill.BillId}, 300.00 RUB — Lunch", Assert.Single(told).Text);
    }

    private async Task<(ProtocolSite Site, TestChat Chat)> BoundChatAsync(string company)
    {
        var site = await ProtocolSite.CreateAsync(app, company);
        var chat = new TestChat(app);
        await chat.BindAsync(site);
        return (site, chat);
    }

    private async Task<BillEntity> BillOfAsync(ProtocolSite site, BotApiCall photo)
    {
        var billId = photo.Text.Split(':')[0]["Invoice ".Length..];
        var bill = await app.Services.GetRequiredService<BillService>().FindAsync(site.SiteId, billId, default);
        return Assert.IsType<BillEntity>(bill);
    }
}

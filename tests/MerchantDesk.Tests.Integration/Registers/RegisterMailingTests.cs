using MerchantDesk.Registers;
using MerchantDesk.Tests.Support;
using MerchantDesk.Tests.Transactions;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Registers;

[Collection(AppCollection.Name)]
public sealed class RegisterMailingTests(AppHost app)
{
    [Fact]
    public async Task DailyRegister_EveryKindOfTransaction_IsAttachedAsCsvWithItsDetails()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Registers LLC"));
        var shop = documents.Shop;
        var accountant = Smtp4devInbox.UniqueAddress("accountant");
        await documents.CreateListAsync([accountant]);
        var paid = await shop.PayAsync("p-paid", "100.00", customer: new { email = "anna@shop.example" });
        await shop.PayAsync("p-declined", "40.00", TestCards.InsufficientFunds);
        await shop.PayAsync("p-held", "70.00", hold: true);
        await shop.RefundThroughProtocolAsync("p-paid", "r-1", "30.00");

        await documents.QueueDailyAsync(documents.Today);

        var mail = await Smtp4devInbox.WaitForMailAsync(accountant, m => m.Subject.Contains(Day(documents)));
        var attachment = Assert.Single(mail.Attachments);
        Assert.EndsWith(".csv", attachment.FileName, StringComparison.Ordinal);
        var lines = Documents.Lines(attachment.Content);
        Assert.Equal(RegisterColumns.Header, lines[0].Split(','));
        Assert.Equal(5, lines.Length);
        AssertCell(lines, "p-paid", "Status", "successful");
        AssertCell(lines, "p-paid", "Refunded amount", "30.00");
        AssertCell(lines, "p-paid", "Auth code", paid.PaymentMethod.AuthCode!);
        AssertCell(lines, "p-paid", "Masked card", "411111******1111");
        AssertCell(lines, "p-paid", "Customer email", "anna@shop.example");
        AssertCell(lines, "p-declined", "Status", "declined");
        AssertCell(lines, "p-declined", "Decline code", "INSUFFICIENT_FUNDS");
        AssertCell(lines, "p-held", "On hold", "true");
        AssertCell(lines, "r-1", "Type", "refund");
        AssertCell(lines, "r-1", "Payment ID", "p-paid");
        AssertCell(lines, "r-1", "Site", shop.SiteId);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$", Documents.Row(lines, "p-held")[0]);
    }

    [Fact]
    public async Task DailyRegister_MessageDeliveredTwice_MailsEachRecipientOnce()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Exactly Once LLC"));
        var (first, second) = (Smtp4devInbox.UniqueAddress("first"), Smtp4devInbox.UniqueAddress("second"));
        await documents.CreateListAsync([first, second.ToUpperInvariant(), second]);
        await documents.Shop.PayAsync("p-1", "10.00");

        await Task.WhenAll(documents.QueueDailyAsync(documents.Today), documents.QueueDailyAsync(documents.Today));
        var register = await documents.RegisterWhenAsync(
            RegisterIds.Daily(documents.Today),
            r => r.State == RegisterState.Sent);
        await documents.QueueDailyAsync(documents.Today);
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal([first, second], register.Deliveries.Select(d => d.To).Order());
        Assert.Equal(1, register.Rows);
        foreach (var recipient in new[] { first, second })
        {
            var mails = await Smtp4devInbox.MessagesToAsync(recipient);
            Assert.Single(mails, m => m.Subject.Contains(Day(documents)));
        }
    }

    [Fact]
    public async Task DailyRegister_SendCutOffBeforeItWasRecorded_IsNotSentAgainAndShowsUnconfirmed()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Crash LLC"));
        var (cutOff, other) = (Smtp4devInbox.UniqueAddress("cut-off"), Smtp4devInbox.UniqueAddress("other"));
        await documents.CreateListAsync([cutOff, other]);
        var registerId = RegisterIds.Daily(documents.Today);

        // What a process leaves behind when it dies after the SMTP server took the mail but before "sent".
        var siteId = documents.Shop.SiteId;
        await StoredDeliveries.AddSendingAsync(app, siteId, registerId, cutOff, TimeSpan.FromMinutes(10));
        await documents.QueueDailyAsync(documents.Today);

        await Smtp4devInbox.WaitForMailAsync(other, m => m.Subject.Contains(Day(documents)));
        var register = await documents.RegisterWhenAsync(
            registerId,
            r => r.Deliveries.Any(d => d.To == other && d.State == DeliveryState.Sent));
        Assert.Equal(RegisterState.Unconfirmed, register.State);
        Assert.Empty(await Smtp4devInbox.MessagesToAsync(cutOff));
    }

    [Fact]
    public async Task Mail_SmtpServerUnreachable_ShowsFailedThenARetrySends()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Unreachable LLC"));
        var accountant = Smtp4devInbox.UniqueAddress("accountant");
        var register = await StoredDeliveries.BuildAsync(app, documents, [accountant]);

        var failed = await Assert.ThrowsAsync<AggregateException>(() =>
            StoredDeliveries.UnreachableMailer(app).MailAsync(register, default));
        var shown = await documents.RegisterWhenAsync(register.RegisterId, _ => true);
        await app.Services.GetRequiredService<RegisterMailer>().MailAsync(register, default);
        var sent = await documents.RegisterWhenAsync(register.RegisterId, _ => true);

        Assert.Single(failed.InnerExceptions);
        Assert.Equal(RegisterState.Failed, shown.State);
        Assert.False(string.IsNullOrEmpty(Assert.Single(shown.Deliveries).Error), "the failure says why");
        Assert.Equal(RegisterState.Sent, sent.State);
        await Smtp4devInbox.WaitForMailAsync(accountant);
        Assert.Single(await Smtp4devInbox.MessagesToAsync(accountant));
    }

    [Fact]
    public async Task QueueDailyRegisters_ServiceAndSiteLists_QueueOneRegisterPerSiteWithRecipients()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Fan Out LLC"));
        var (everySite, secondSite) = (Smtp4devInbox.UniqueAddress("every"), Smtp4devInbox.UniqueAddress("second"));
        await documents.CreateListAsync([everySite]);
        await documents.CreateListAsync([secondSite], documents.Shop.SecondSiteId);

        // A day no other test mails, so only this day's registers count; nothing was paid then.
        var day = documents.Today.AddDays(-400);
        var queued = await app.Services.GetRequiredService<DailyRegisters>().EnqueueAsync(day, default);

        var subject = $"for {RegisterEntity.Day(day)}";
        await Smtp4devInbox.WaitForNextMailAsync(everySite, 1, m => m.Subject.Contains(subject));
        var toSecond = await Smtp4devInbox.WaitForMailAsync(secondSite, m => m.Subject.Contains(subject));
        Assert.True(queued >= 2, $"queued {queued}");
        Assert.Contains("Second site", toSecond.Subject, StringComparison.Ordinal);
        Assert.Contains("no transactions", toSecond.TextBody, StringComparison.Ordinal);
        Assert.Empty(toSecond.Attachments);
        Assert.Single(await Smtp4devInbox.MessagesToAsync(secondSite));
    }

    private static string Day(Documents documents) => "for " + RegisterEntity.Day(documents.Today);

    private static void AssertCell(string[] lines, string id, string header, string expected) =>
        Assert.Equal(expected, Documents.Row(lines, id)[Documents.Column(lines, header)]);
}

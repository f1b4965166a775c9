using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Registers;
using MerchantDesk.Tests.Support;
using MerchantDesk.Tests.Transactions;

namespace MerchantDesk.Tests.Registers;

[Collection(AppCollection.Name)]
public sealed class DocumentsTabTests(AppHost app)
{
    private static readonly string[] Vera = ["vera@shop.example"];

    [Fact]
    public async Task MailingLists_CreateReplaceDelete_KeepDistinctNormalizedAddresses()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Mailing Lists LLC"));
        var profile = documents.Shop.Profile;

        string[] addresses = [" Anna@Shop.Example ", "anna@shop.example", "boris@shop.example"];
        var created = await documents.CreateListAsync(addresses, documents.Shop.SecondSiteId);
        var replaced = await profile.PutAsync(
                $"{documents.ListsPath}/{created.ListId}",
                new { addresses = Vera })
            .ExpectAsync<MailingListView>(HttpStatusCode.OK);
        var listed = await profile.GetAsync(documents.ListsPath).ExpectAsync<MailingListList>(HttpStatusCode.OK);
        await profile.DeleteAsync($"{documents.ListsPath}/{created.ListId}")
            .ExpectStatusAsync(HttpStatusCode.NoContent);
        var afterDelete = await profile.GetAsync(documents.ListsPath)
            .ExpectAsync<MailingListList>(HttpStatusCode.OK);

        Assert.Equal(["anna@shop.example", "boris@shop.example"], created.Addresses);
        Assert.Equal(documents.Shop.SecondSiteId, created.SiteId);
        Assert.Equal(Vera, replaced.Addresses);
        Assert.Null(replaced.SiteId);
        Assert.Equal(MailingLists.MaxAddresses, listed.MaxAddresses);
        Assert.Equal(replaced.Addresses, Assert.Single(listed.Lists).Addresses);
        Assert.Empty(afterDelete.Lists);
        await profile.DeleteAsync($"{documents.ListsPath}/{created.ListId}")
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.mailing.list.not.found");
    }

    [Fact]
    public async Task MailingLists_BadAddresses_AreRefused()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Bad Lists LLC"));
        var profile = documents.Shop.Profile;
        var tooMany = Enumerable.Range(0, MailingLists.MaxAddresses + 1).Select(i => $"a{i}@shop.example");
        var other = await TestMerchant.CreateAsync(app, "Other Lists LLC");

        string[] invalid = ["not an address"];
        await profile.PostAsync(documents.ListsPath, new { addresses = invalid })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.email.invalid");
        await profile.PostAsync(documents.ListsPath, new { addresses = tooMany })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.mailing.list.too.long");
        await profile.PostAsync(documents.ListsPath, new { addresses = Array.Empty<string>() })
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.mailing.list.empty");
        var elsewhere = new { addresses = new[] { "a@shop.example" }, siteId = other.SiteId };
        await profile.PostAsync(documents.ListsPath, elsewhere)
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.site.not.found");
    }

    [Fact]
    public async Task BuildRegister_ForToday_ListsDownloadsAndMailsOnlyWhenAsked()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "On Demand LLC"));
        var shop = documents.Shop;
        var accountant = Smtp4devInbox.UniqueAddress("accountant");
        await documents.CreateListAsync([accountant]);
        await shop.PayAsync("p-1", "10.00");
        await shop.PayAsync("p-2", "20.00");
        var today = documents.Today;

        var kept = await shop.Profile.PostAsync(documents.RegistersPath(), new { from = today, to = today })
            .ExpectAsync<RegisterView>(HttpStatusCode.Created);
        using var file = await shop.Profile.GetAsync($"{documents.RegistersPath()}/{kept.RegisterId}/file");
        var lines = Documents.Lines(await file.Content.ReadAsByteArrayAsync());
        var mailNow = new { from = today, to = today, send = true };
        var sent = await shop.Profile.PostAsync(documents.RegistersPath(), mailNow)
            .ExpectAsync<RegisterView>(HttpStatusCode.Created);
        var mail = await Smtp4devInbox.WaitForMailAsync(accountant);
        var listed = await documents.RegisterWhenAsync(sent.RegisterId, r => r.State == RegisterState.Sent);

        Assert.Equal((2, RegisterState.NotMailed, RegisterKind.OnDemand), (kept.Rows, kept.State, kept.Kind));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["p-2", "p-1"], lines.Skip(1).Select(line => line.Split(',')[1]));
        Assert.Equal(lines, Documents.Lines(Assert.Single(mail.Attachments).Content));
        Assert.Equal(accountant, Assert.Single(listed.Deliveries).To);
        Assert.Single(await Smtp4devInbox.MessagesToAsync(accountant));
    }

    [Theory]
    [InlineData(0, -1, "api.register.range.backwards")]
    [InlineData(-31, 0, "api.register.range.too.long")]
    public async Task BuildRegister_BadRange_IsRefused(int fromDays, int toDays, string errorCode)
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Bad Range LLC"));
        var body = new { from = documents.Today.AddDays(fromDays), to = documents.Today.AddDays(toDays) };

        await documents.Shop.Profile.PostAsync(documents.RegistersPath(), body)
            .ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task BuildRegister_ThirtyOneDays_IsBuilt()
    {
        var documents = new Documents(app, await Shop.OpenAsync(app, "Month LLC"));
        var body = new { from = documents.Today.AddDays(-30), to = documents.Today };

        var built = await documents.Shop.Profile.PostAsync(documents.RegistersPath(), body)
            .ExpectAsync<RegisterView>(HttpStatusCode.Created);

        Assert.Equal((0, documents.Today.AddDays(-30)), (built.Rows, built.From));
    }

    [Fact]
    public async Task Acts_AreNotAvailableYet()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Acts LLC");

        var error = await new ApiCall(app, merchant[Role.Manager].SessionToken)
            .GetAsync($"profile/services/{merchant.ServiceId}/acts")
            .ExpectErrorAsync(HttpStatusCode.NotImplemented, "api.acts.not.available");

        Assert.Contains("under development", error.UserMessage, StringComparison.Ordinal);
    }
}

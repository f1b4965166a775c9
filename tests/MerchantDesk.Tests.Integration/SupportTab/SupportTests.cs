using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Support;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.SupportTab;

[Collection(AppCollection.Name)]
public sealed class SupportTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task Ask_Question_IsStoredMailedToSupportAndAcknowledged()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Questions LLC");
        var asker = merchant[Role.TechnicalSpecialist];
        var subject = "Refund stuck " + Guid.NewGuid().ToString("N")[..8];
        var session = _api.As(asker.SessionToken);

        var asked = await session.PostAsync(
                "profile/support",
                new AskSupportRequest(subject, "A refund shows New.", SiteId: merchant.SiteId))
            .ExpectAsync<SupportRequestView>(HttpStatusCode.Created);

        var forwarded = await Smtp4devInbox.WaitForMailAsync(
            AppHost.SupportMailbox,
            m => m.Subject.Contains(subject, StringComparison.Ordinal));
        Assert.Contains(asker.Profile.Email, forwarded.TextBody, StringComparison.Ordinal);
        Assert.Contains(merchant.SiteId, forwarded.TextBody, StringComparison.Ordinal);
        var acknowledgement = await Smtp4devInbox.WaitForMailAsync(
            asker.Profile.Email,
            m => m.Subject.Contains(asked.RequestId, StringComparison.Ordinal));
        Assert.Contains(subject, acknowledgement.TextBody, StringComparison.Ordinal);
        var mine = await session.GetAsync("profile/support").ExpectAsync<SupportRequestPage>(HttpStatusCode.OK);
        Assert.Equal(asked.RequestId, Assert.Single(mine.Requests).RequestId);
    }

    [Fact]
    public async Task ListQuestions_OtherUsersOfTheMerchant_SeeOnlyTheirOwn()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Questions LLC");
        await _api.As(merchant[Role.Manager].SessionToken)
            .PostAsync("profile/support", new AskSupportRequest("Mine", "Only mine."))
            .ExpectStatusAsync(HttpStatusCode.Created);

        var others = await _api.As(merchant[Role.Administrator].SessionToken).GetAsync("profile/support")
            .ExpectAsync<SupportRequestPage>(HttpStatusCode.OK);

        Assert.Empty(others.Requests);
    }

    [Fact]
    public async Task Ask_AboutAnotherMerchantsSite_IsNotFound()
    {
        var mine = await TestMerchant.CreateAsync(app, "Questions LLC");
        var other = await TestMerchant.CreateAsync(app, "Other Questions LLC");

        await _api.As(mine[Role.Manager].SessionToken)
            .PostAsync("profile/support", new AskSupportRequest("Theirs", "Not my site.", SiteId: other.SiteId))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "api.service.not.found");
    }

    [Theory]
    [InlineData("", "message")]
    [InlineData("subject", "")]
    public async Task Ask_EmptyField_IsABadRequest(string subject, string message)
    {
        var merchant = await TestMerchant.CreateAsync(app, "Questions LLC");

        await _api.As(merchant[Role.Manager].SessionToken)
            .PostAsync("profile/support", new AskSupportRequest(subject, message))
            .ExpectErrorAsync(HttpStatusCode.BadRequest, "api.field.invalid");
    }
}

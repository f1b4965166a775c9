using System.Net;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Applications;
using MerchantDesk.Operators;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Applications;

[Collection(AppCollection.Name)]
public sealed class ApplicationReviewTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task RequestInformation_Application_ShowsTheQuestionAndMailsTheApplicant()
    {
        var (application, contact) = await ApplyAsync();
        var operatorApi = await OperatorLogin.SignInAsync(app);

        var asked = await operatorApi.PostAsync(
                $"operator/applications/{application.ApplicationId}/information-requests",
                new OperatorMessage("Which card brands do you need?"))
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);

        Assert.Equal(ApplicationStatus.InformationRequested, asked.Status);
        Assert.Contains("Which card brands do you need?", asked.NextSteps, StringComparison.Ordinal);
        var mail = await Smtp4devInbox.WaitForMailAsync(
            contact,
            m => m.Subject.Contains("more information", StringComparison.Ordinal));
        Assert.Contains("Which card brands do you need?", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_Application_ClosesItForApproval()
    {
        var (application, contact) = await ApplyAsync();
        var operatorApi = await OperatorLogin.SignInAsync(app);

        var rejected = await operatorApi.PostAsync(
                $"operator/applications/{application.ApplicationId}/rejection",
                new OperatorMessage("The site sells goods we cannot accept."))
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);

        Assert.Equal(ApplicationStatus.Rejected, rejected.Status);
        await Smtp4devInbox.WaitForMailAsync(contact, m => m.Subject.Contains("declined", StringComparison.Ordinal));
        await operatorApi.PostAsync($"operator/applications/{application.ApplicationId}/approval")
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.application.closed");
    }

    [Fact]
    public async Task Approve_Twice_CreatesOneMerchant()
    {
        var (application, _) = await ApplyAsync();
        var operatorApi = await OperatorLogin.SignInAsync(app);
        var approved = await operatorApi.PostAsync($"operator/applications/{application.ApplicationId}/approval")
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);

        await operatorApi.PostAsync($"operator/applications/{application.ApplicationId}/approval")
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.application.closed");

        var stored = await operatorApi.GetAsync($"operator/applications/{application.ApplicationId}")
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);
        Assert.Equal(approved.MerchantId, stored.MerchantId);
        var approvedPage = await operatorApi.GetAsync("operator/applications?status=approved&pageSize=5")
            .ExpectAsync<ApplicationPage>(HttpStatusCode.OK);
        Assert.All(approvedPage.Applications, a => Assert.Equal(ApplicationStatus.Approved, a.Status));
    }

    [Fact]
    public async Task Approve_ContactEmailAlreadyAUser_IsAConflictAndCreatesNothing()
    {
        var existing = await TestMerchant.CreateAsync(app, "Existing LLC");
        var (application, _) = await ApplyAsync(existing[Role.Manager].Profile.Email);
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.PostAsync($"operator/applications/{application.ApplicationId}/approval")
            .ExpectErrorAsync(HttpStatusCode.Conflict, "api.user.email.taken");

        var still = await operatorApi.GetAsync($"operator/applications/{application.ApplicationId}")
            .ExpectAsync<ApplicationView>(HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Submitted, still.Status);
    }

    [Theory]
    [InlineData(
        """{"companyName":"","contactName":"A","contactEmail":"a@shop.example","siteUrl":"https://a.example"}""",
        "api.field.invalid")]
    [InlineData(
        """{"companyName":"A","contactName":"A","contactEmail":"a@shop.example","siteUrl":"ftp://a.example"}""",
        "api.field.invalid")]
    [InlineData(
        """{"companyName":"A","contactName":"A","contactEmail":"not-an-address","siteUrl":"https://a.example"}""",
        "api.email.invalid")]
    [InlineData("""{"companyName":"A"}""", "api.request.body.malformed")]
    public async Task Apply_BadFields_IsABadRequest(string json, string errorCode)
    {
        await _api.PostRawAsync("profile/applications", json).ExpectErrorAsync(HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task OperatorApi_WithoutAnOperatorSession_IsUnauthorized()
    {
        var merchant = await TestMerchant.CreateAsync(app, "Curious LLC");

        await _api.GetAsync("operator/applications").ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
        await _api.As(merchant[Role.Administrator].SessionToken).GetAsync("operator/applications")
            .ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    [Fact]
    public async Task OperatorSession_CannotUseTheAccountProfile()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.GetAsync("profile/me").ExpectErrorAsync(HttpStatusCode.Unauthorized, "api.unauthorized");
    }

    [Fact]
    public async Task ListApplications_UnknownStatus_IsABadRequest()
    {
        var operatorApi = await OperatorLogin.SignInAsync(app);

        await operatorApi.GetAsync("operator/applications?status=pending").ExpectErrorAsync(
            HttpStatusCode.BadRequest, "api.query.invalid");
    }

    private async Task<(ApplicationView Application, string Contact)> ApplyAsync(string? contact = null)
    {
        contact ??= Smtp4devInbox.UniqueAddress("applicant");
        var application = await _api.PostAsync(
                "profile/applications",
                new ApplyRequest("Review LLC", "Rita Review", contact, "https://review.example"))
            .ExpectAsync<ApplicationView>(HttpStatusCode.Created);
        return (application, contact);
    }
}

using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Applications;

/// <summary>Applying to connect, and the accompanying manager's review: ask for more, reject or approve.</summary>
public sealed class ApplicationService(
    ApplicationStore store,
    ApplicationMail mail,
    MerchantOnboarding onboarding,
    TimeProvider clock)
{
    private const int MaxFieldLength = 200;
    private const int MaxCommentLength = 2000;

    public async Task<ApplicationView> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = new ApplicationEntity
        {
            RowKey = "app_" + Keys.NewestFirstUnique(now),
            CompanyName = Require.Text(request.CompanyName, "companyName", MaxFieldLength),
            ContactName = Require.Text(request.ContactName, "contactName", MaxFieldLength),
            ContactEmail = EmailAddress.Normalize(request.ContactEmail, "contactEmail"),
            SiteUrl = Require.WebUrl(request.SiteUrl, "siteUrl"),
            Comment = Require.OptionalText(request.Comment, "comment", MaxCommentLength),
            Status = ApplicationStatus.Submitted,
            NextSteps = NextSteps.Submitted,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await store.AddAsync(application, cancellationToken);
        await mail.SendReceivedAsync(application, cancellationToken);
        return ApplicationView.Of(application);
    }

    public Task<ApplicationView> RequestInformationAsync(
        string applicationId,
        OperatorMessage request,
        CancellationToken cancellationToken)
    {
        var question = Require.Text(request.Message, "message", MaxCommentLength);
        return AnswerAsync(
            applicationId,
            ApplicationStatus.InformationRequested,
            NextSteps.InformationRequested(question),
            mail.SendInformationRequestedAsync,
            cancellationToken);
    }

    public Task<ApplicationView> RejectAsync(
        string applicationId,
        OperatorMessage request,
        CancellationToken cancellationToken)
    {
        var reason = Require.Text(request.Message, "message", MaxCommentLength);
        return AnswerAsync(
            applicationId,
            ApplicationStatus.Rejected,
            NextSteps.Rejected(reason),
            mail.SendRejectedAsync,
            cancellationToken);
    }

    /// <summary>
    /// Creates the merchant and its first Administrator, who is mailed a link to confirm and set a password.
    /// The merchant id is fixed on the application first, so a retry after a failure finishes the same merchant.
    /// </summary>
    public async Task<ApplicationView> ApproveAsync(
        string applicationId,
        string operatorEmail,
        CancellationToken cancellationToken)
    {
        var application = await store.UpdateAsync(applicationId, a =>
        {
            EnsureOpen(a);
            a.MerchantId ??= Keys.NewId("mer");
        }, cancellationToken);

        var merchant = new NewMerchant(
            application.MerchantId!,
            application.CompanyName,
            application.ContactEmail,
            applicationId);
        await onboarding.CreateAsync(merchant, "operator:" + operatorEmail, cancellationToken);
        var approved = await store.UpdateAsync(
            applicationId,
            a => Move(a, ApplicationStatus.Approved, NextSteps.Approved(a.ContactEmail)),
            cancellationToken);
        return ApplicationView.Of(approved);
    }

    // Moves an open application on and tells the applicant by mail.
    private async Task<ApplicationView> AnswerAsync(
        string applicationId,
        ApplicationStatus status,
        string nextSteps,
        Func<ApplicationEntity, CancellationToken, Task> tellApplicantAsync,
        CancellationToken cancellationToken)
    {
        var application = await store.UpdateAsync(applicationId, a =>
        {
            EnsureOpen(a);
            Move(a, status, nextSteps);
        }, cancellationToken);
        await tellApplicantAsync(application, cancellationToken);
        return ApplicationView.Of(application);
    }

    private void Move(ApplicationEntity application, ApplicationStatus status, string nextSteps)
    {
        application.Status = status;
        application.NextSteps = nextSteps;
        application.UpdatedAt = clock.GetUtcNow();
    }

    private static void EnsureOpen(ApplicationEntity application)
    {
        if (application.Status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
        {
            throw ApiException.Conflict(
                "api.application.closed",
                $"The application is already {application.Status.ToString().ToLowerInvariant()}.");
        }
    }
}

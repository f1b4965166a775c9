using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Email;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Support;

/// <summary>The Support tab: a question is stored, mailed to the support mailbox, acknowledged to the asker.</summary>
public sealed class SupportService(
    StorageAccount storage,
    ServiceCatalog catalog,
    MailOutbox mail,
    IOptions<SupportOptions> options,
    TimeProvider clock)
{
    private const int MaxSubjectLength = 200;
    private const int MaxMessageLength = 5000;

    private TableClient Requests => storage.Table(SupportRequestEntity.TableName);

    public async Task<SupportRequestView> AskAsync(
        ProfileCaller caller,
        AskSupportRequest request,
        CancellationToken cancellationToken)
    {
        var question = NewRequest(caller, request);
        await EnsureConcernsOwnServiceAsync(caller, question, cancellationToken);
        await Requests.AddEntityAsync(question, cancellationToken);
        await mail.EnqueueAsync(ToSupport(question), cancellationToken);
        await mail.EnqueueAsync(Acknowledgement(question), cancellationToken);
        return SupportRequestView.Of(question);
    }

    public async Task<SupportRequestPage> ListOwnAsync(
        ProfileCaller caller,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var prefix = SupportRequestEntity.RowPrefixOf(caller.UserId);
        var end = PrefixQueries.EndOf(prefix);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {caller.MerchantId} and RowKey ge {prefix} and RowKey lt {end}");
        var found = await Requests.ReadPageAsync<SupportRequestEntity>(filter, page, cancellationToken);
        return new SupportRequestPage(found.Items.Select(SupportRequestView.Of).ToList(), found.NextPageToken);
    }

    private SupportRequestEntity NewRequest(ProfileCaller caller, AskSupportRequest request)
    {
        var now = clock.GetUtcNow();
        var requestId = Keys.NewId("sup");
        return new SupportRequestEntity
        {
            PartitionKey = caller.MerchantId,
            RowKey = SupportRequestEntity.RowPrefixOf(caller.UserId) + Keys.NewestFirst(now) + requestId,
            RequestId = requestId,
            UserId = caller.UserId,
            Email = caller.Email,
            Subject = Require.Text(request.Subject, "subject", MaxSubjectLength),
            Message = Require.Text(request.Message, "message", MaxMessageLength),
            ServiceId = Require.OptionalText(request.ServiceId, "serviceId", 64),
            SiteId = Require.OptionalText(request.SiteId, "siteId", 64),
            CreatedAt = now,
        };
    }

    // A question may name only the merchant's own service or site; anything else is not found.
    private async Task EnsureConcernsOwnServiceAsync(
        ProfileCaller caller,
        SupportRequestEntity question,
        CancellationToken cancellationToken)
    {
        if (question.ServiceId is null && question.SiteId is null)
        {
            return;
        }

        var services = (await catalog.ListAsync(caller.MerchantId, cancellationToken)).Services;
        var serviceKnown = question.ServiceId is null || services.Any(s => s.ServiceId == question.ServiceId);
        var siteKnown = question.SiteId is null
            || services.SelectMany(s => s.Sites).Any(s => s.SiteId == question.SiteId);
        if (!serviceKnown || !siteKnown)
        {
            throw ApiException.NotFound("api.service.not.found", "No such service or site.");
        }
    }

    private OutgoingMail ToSupport(SupportRequestEntity question) =>
        new MailBody()
            .Paragraph($"From {question.Email} (merchant {question.PartitionKey}, user {question.UserId}).")
            .Paragraph($"Service: {question.ServiceId ?? "-"}; site: {question.SiteId ?? "-"}.")
            .Paragraph(question.Message)
            .To(options.Value.Mailbox, $"[{question.RequestId}] {question.Subject}");

    private static OutgoingMail Acknowledgement(SupportRequestEntity question) =>
        new MailBody()
            .Paragraph($"We have received your question \"{question.Subject}\" ({question.RequestId}).")
            .Paragraph("Our support team will answer you by email.")
            .To(question.Email, $"Your question to MerchantDesk support ({question.RequestId})");
}

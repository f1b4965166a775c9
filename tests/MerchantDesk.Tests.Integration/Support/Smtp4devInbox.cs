using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// The smtp4dev server ./test starts (tools/dev/smtp.sh): tests send mail to <see cref="SmtpHost"/> and
/// <see cref="SmtpPort"/> and read what arrived through its REST API. It keeps every mail of the run, so each
/// test mails its own <see cref="UniqueAddress"/> and looks only at mail to that address.
/// </summary>
public static class Smtp4devInbox
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<HttpClient> Api = new(() => new HttpClient
    {
        BaseAddress = new Uri(Setting("SMTP4DEV_URL").TrimEnd('/') + "/api/"),
        Timeout = TimeSpan.FromSeconds(5),
    });

    public static string SmtpHost => Setting("SMTP_HOST");

    public static int SmtpPort => int.Parse(Setting("SMTP_PORT"), CultureInfo.InvariantCulture);

    /// <summary>An address no other test uses, so its inbox holds only this test's mail.</summary>
    public static string UniqueAddress(string name = "customer") => $"{name}-{Guid.NewGuid():N}@merchantdesk.test";

    /// <summary>
    /// Polls until a mail to <paramref name="to"/> arrives that <paramref name="match"/> accepts (any, when null),
    /// and returns the newest such mail; throws <see cref="TimeoutException"/> after 15 s unless told otherwise.
    /// </summary>
    public static async Task<ReceivedMail> WaitForMailAsync(
        string to,
        Func<ReceivedMail, bool>? match = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        var read = new Dictionary<Guid, ReceivedMail>();
        while (true)
        {
            var mails = await MessagesToAsync(to, read);
            var found = mails.FirstOrDefault(mail => match?.Invoke(mail) ?? true);
            if (found is not null)
            {
                return found;
            }

            if (clock.Elapsed >= limit)
            {
                throw new TimeoutException(await DescribeMissAsync(to, mails, limit));
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// Waits until more than <paramref name="alreadyThere"/> mails to <paramref name="to"/> that
    /// <paramref name="match"/> accepts have arrived, and returns the newest; for a second mail of the same kind.
    /// </summary>
    public static async Task<ReceivedMail> WaitForNextMailAsync(
        string to,
        int alreadyThere,
        Func<ReceivedMail, bool>? match = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var mails = (await MessagesToAsync(to)).Where(mail => match?.Invoke(mail) ?? true).ToList();
            if (mails.Count > alreadyThere)
            {
                return mails[0];
            }

            if (clock.Elapsed >= limit)
            {
                throw new TimeoutException(await DescribeMissAsync(to, mails, limit));
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Every mail delivered to <paramref name="to"/> so far, newest first.</summary>
    public static Task<IReadOnlyList<ReceivedMail>> MessagesToAsync(string to) => MessagesToAsync(to, []);

    private static async Task<IReadOnlyList<ReceivedMail>> MessagesToAsync(
        string to,
        Dictionary<Guid, ReceivedMail> read)
    {
        var mails = new List<ReceivedMail>();
        foreach (var summary in await SummariesAsync(to))
        {
            if (!summary.To.Contains(to, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!read.TryGetValue(summary.Id, out var mail))
            {
                read[summary.Id] = mail = await ReadAsync(summary.Id);
            }

            mails.Add(mail);
        }

        return mails;
    }

    // The search also matches subjects, bodies and longer addresses, so callers still compare recipients exactly.
    private static async Task<IReadOnlyList<MessageSummary>> SummariesAsync(string? searchTerms)
    {
        var query = $"messages?pageSize=1000&searchTerms={Uri.EscapeDataString(searchTerms ?? "")}";
        var page = await Api.Value.GetFromJsonAsync<MessagePage>(query, Json);
        return page?.Results ?? [];
    }

    private static async Task<ReceivedMail> ReadAsync(Guid id)
    {
        var message = await Api.Value.GetFromJsonAsync<MessageDetail>($"messages/{id}", Json)
            ?? throw new InvalidOperationException($"smtp4dev returned no message {id}");
        var attachments = new List<MailAttachment>();
        foreach (var attachment in AttachmentsOf(message.Parts))
        {
            var content = await Api.Value.GetByteArrayAsync($"messages/{id}/part/{attachment.Id}/content");
            attachments.Add(new MailAttachment(attachment.FileName, content));
        }

        return new ReceivedMail(
            [.. message.To.Select(BareAddress)],
            message.From,
            message.Subject,
            await BodyAsync(id, "plaintext"),
            await BodyAsync(id, "html"),
            attachments);
    }

    private static IEnumerable<AttachmentSummary> AttachmentsOf(IEnumerable<MessagePart> parts) =>
        parts.SelectMany(part => part.Attachments.Concat(AttachmentsOf(part.ChildParts))).DistinctBy(a => a.Id);

    private static async Task<string?> BodyAsync(Guid id, string kind)
    {
        using var response = await Api.Value.GetAsync($"messages/{id}/{kind}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string BareAddress(string address)
    {
        var start = address.LastIndexOf('<');
        return start < 0 ? address : address[(start + 1)..].TrimEnd('>');
    }

    private static async Task<string> DescribeMissAsync(string to, IReadOnlyList<ReceivedMail> mails, TimeSpan limit)
    {
        var waited = $"No matching mail to {to} arrived within {limit.TotalSeconds:0.#} s. ";
        if (mails.Count > 0)
        {
            return waited + $"Mail to {to}: {string.Join("; ", mails.Select(m => $"'{m.Subject}' from {m.From}"))}";
        }

        var newest = (await SummariesAsync(null)).Take(10).Select(s => $"'{s.Subject}' to {string.Join(", ", s.To)}");
        return waited + $"Nothing was sent to it; the newest mail in smtp4dev: [{string.Join("; ", newest)}]";
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: run the tests with ./test, which starts smtp4dev.");

    // The parts of smtp4dev's REST API these helpers read; its summaries list the SMTP envelope's recipients.
    private sealed record MessagePage(IReadOnlyList<MessageSummary> Results);

    private sealed record MessageSummary(Guid Id, IReadOnlyList<string> To, string Subject);

    private sealed record MessageDetail(
        string From,
        IReadOnlyList<string> To,
        string Subject,
        IReadOnlyList<MessagePart> Parts);

    private sealed record MessagePart(
        IReadOnlyList<MessagePart> ChildParts,
        IReadOnlyList<AttachmentSummary> Attachments);

    private sealed record AttachmentSummary(string Id, string FileName);
}

using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Registers;

/// <summary>
/// Carries out a <see cref="RegisterJob"/>: finds the register or builds it (its recipients fixed then, from the
/// mailing lists of that moment), and mails it. Running a job twice builds nothing new and mails nobody twice.
/// </summary>
public sealed partial class RegisterJobs(
    StorageAccount storage,
    MailingLists lists,
    RegisterBuilder builder,
    RegisterMailer mailer,
    ILogger<RegisterJobs> logger)
{
    private TableClient Registers => storage.Table(RegisterEntity.TableName);

    public async Task RunAsync(RegisterJob job, CancellationToken cancellationToken)
    {
        var register = await FindAsync(job.SiteId, job.RegisterId, cancellationToken);
        if (register is null && job.Day is { } day)
        {
            register = await BuildDailyAsync(job, day, cancellationToken);
        }

        if (register is null)
        {
            LogNothingToMail(job.RegisterId, job.SiteId);
            return;
        }

        await mailer.MailAsync(register, cancellationToken);
    }

    public async Task<RegisterEntity?> FindAsync(string siteId, string registerId, CancellationToken cancellationToken)
    {
        var found = await Registers.GetEntityIfExistsAsync<RegisterEntity>(
            siteId,
            RegisterEntity.Row(registerId),
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<RegisterEntity?> BuildDailyAsync(
        RegisterJob job,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        var site = await storage.Table(MerchantTable.Name)
            .FindSiteAsync(job.MerchantId, job.SiteId, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var register = RegisterEntity.For(site, job.RegisterId, RegisterKind.Daily, day, day);
        register.Recipients = string.Join(',', await lists.RecipientsOfAsync(site, cancellationToken));
        await builder.BuildAsync(register, cancellationToken);

        // Two jobs for one day may build at once; the first row stays, and both mail from it.
        return await Registers.TryAddAsync(register, cancellationToken)
            ? register
            : await FindAsync(job.SiteId, job.RegisterId, cancellationToken);
    }

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning,
        Message = "Register {RegisterId} of {SiteId}: no such register or site; nothing mailed")]
    private partial void LogNothingToMail(string registerId, string siteId);
}

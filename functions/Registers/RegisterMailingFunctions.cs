using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Registers;

/// <summary>The daily register mailing: the morning timer's fan-out, and each site's build and mail.</summary>
public sealed class RegisterMailingFunctions(DailyRegisters daily, RegisterJobs jobs)
{
    /// <summary>Queues yesterday's register of each site with recipients (schedule: RegistersOptions).</summary>
    [Function("QueueDailyRegisters")]
    public Task QueueDailyAsync(
        [TimerTrigger(RegistersOptions.ScheduleSetting)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        return daily.EnqueueAsync(daily.Yesterday, cancellationToken);
    }

    /// <summary>Builds and mails one register; a failure is retried by the host, then parked as poison.</summary>
    [Function("MailRegister")]
    public Task MailRegisterAsync(
        [QueueTrigger(RegisterJob.QueueName, Connection = "AzureWebJobsStorage")] RegisterJob job,
        CancellationToken cancellationToken)
    {
        return jobs.RunAsync(job, cancellationToken);
    }
}

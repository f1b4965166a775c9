using Azure;
using Azure.Data.Tables;
using MerchantDesk.Email;
using MerchantDesk.Storage;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Registers;

/// <summary>
/// Mails a register to each of its recipients exactly once. Before the SMTP call a recipient's delivery row is
/// claimed as "sending" (added, or a failed one replaced under its ETag); after it, it becomes "sent". A second
/// build, a redelivered message or a concurrent one finds the row and leaves the recipient alone. An SMTP error
/// marks the row "failed" and fails the message, so the queue retries it; a process that dies between the send
/// and "sent" leaves "sending", which is never sent again: at most one mail, shown as unconfirmed.
/// </summary>
public sealed partial class RegisterMailer(
    StorageAccount storage,
    SmtpMailSender sender,
    RegisterMail mail,
    TimeProvider clock,
    ILogger<RegisterMailer> logger)
{
    private TableClient Registers => storage.Table(RegisterEntity.TableName);

    public async Task MailAsync(RegisterEntity register, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var recipient in register.RecipientList)
        {
            try
            {
                await DeliverAsync(register, recipient, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not RequestFailedException)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"Mailing register {register.RegisterId} failed", failures);
        }
    }

    private async Task DeliverAsync(RegisterEntity register, string recipient, CancellationToken cancellationToken)
    {
        if (await ClaimAsync(register, recipient, cancellationToken) is not { } delivery)
        {
            return;
        }

        try
        {
            await sender.SendAsync(mail.To(recipient, register), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(register.RegisterId, delivery.Attempts, ex.Message);
            await RecordAsync(delivery, DeliveryState.Failed, ex.Message, cancellationToken);
            throw;
        }

        await RecordAsync(delivery, DeliveryState.Sent, null, cancellationToken);
        LogSent(register.RegisterId, register.SiteId);
    }

    /// <summary>The delivery row, now "sending" and ours; null when it is sent, being sent or may have been.</summary>
    private async Task<DeliveryEntity?> ClaimAsync(
        RegisterEntity register,
        string recipient,
        CancellationToken cancellationToken)
    {
        var delivery = new DeliveryEntity
        {
            PartitionKey = register.PartitionKey,
            RowKey = DeliveryEntity.Row(register.RegisterId, recipient),
            RegisterId = register.RegisterId,
            Recipient = recipient,
            State = DeliveryState.Sending,
            Attempts = 1,
            ChangedAt = clock.GetUtcNow(),
        };
        if (await Registers.TryAddAsync(delivery, cancellationToken))
        {
            return delivery;
        }

        var existing = (await Registers.GetEntityAsync<DeliveryEntity>(
            delivery.PartitionKey,
            delivery.RowKey,
            cancellationToken: cancellationToken)).Value;
        if (existing.State != DeliveryState.Failed)
        {
            LogAlreadyClaimed(register.RegisterId, existing.State);
            return null;
        }

        existing.State = DeliveryState.Sending;
        existing.Attempts++;
        existing.ChangedAt = clock.GetUtcNow();
        return await TryReplaceAsync(existing, cancellationToken) ? existing : null;
    }

    private async Task RecordAsync(
        DeliveryEntity delivery,
        DeliveryState state,
        string? error,
        CancellationToken cancellationToken)
    {
        (delivery.State, delivery.Error, delivery.ChangedAt) = (state, error, clock.GetUtcNow());

        // Only the claim's holder writes the row until it leaves "sending", so its ETag still matches.
        await Registers.UpdateEntityAsync(delivery, delivery.ETag, TableUpdateMode.Replace, CancellationToken.None);
    }

    private async Task<bool> TryReplaceAsync(DeliveryEntity delivery, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Registers.UpdateEntityAsync(
                delivery,
                delivery.ETag,
                TableUpdateMode.Replace,
                cancellationToken);
            delivery.ETag = response.Headers.ETag ?? delivery.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Register {RegisterId} of {SiteId} mailed")]
    private partial void LogSent(string registerId, string siteId);

    // The reason is the SMTP client's message; the recipient and the content stay out of the log.
    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "Mailing register {RegisterId} failed on attempt {Attempt}: {Reason}")]
    private partial void LogSendFailed(string registerId, int attempt, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information,
        Message = "Register {RegisterId}: a recipient's delivery is already {State}; not mailed again")]
    private partial void LogAlreadyClaimed(string registerId, DeliveryState state);
}

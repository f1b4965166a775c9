using MerchantDesk.Accounts;
using MerchantDesk.Email;
using MerchantDesk.Registers;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Registers;

/// <summary>Registers and deliveries written straight to storage, for states only a failure would leave.</summary>
public static class StoredDeliveries
{
    private static StorageAccount Storage(AppHost app) => app.Services.GetRequiredService<StorageAccount>();

    public static async Task AddSendingAsync(
        AppHost app,
        string siteId,
        string registerId,
        string recipient,
        TimeSpan ago)
    {
        await Storage(app).Table(RegisterEntity.TableName).AddEntityAsync(new DeliveryEntity
        {
            PartitionKey = siteId,
            RowKey = DeliveryEntity.Row(registerId, recipient),
            RegisterId = registerId,
            Recipient = recipient,
            State = DeliveryState.Sending,
            Attempts = 1,
            ChangedAt = DateTimeOffset.UtcNow - ago,
        });
    }

    /// <summary>A register of today built and stored with these recipients, not mailed yet.</summary>
    public static async Task<RegisterEntity> BuildAsync(AppHost app, Documents documents, string[] recipients)
    {
        var shop = documents.Shop;
        var site = await Storage(app).Table(MerchantTable.Name)
            .RequireSiteAsync(shop.Merchant.MerchantId, shop.SiteId, default);
        var register = RegisterEntity.For(
            site,
            RegisterIds.OnDemand(documents.Today),
            RegisterKind.OnDemand,
            documents.Today,
            documents.Today);
        register.Recipients = string.Join(',', recipients);
        await app.Services.GetRequiredService<RegisterBuilder>().BuildAsync(register, default);
        await Storage(app).Table(RegisterEntity.TableName).AddEntityAsync(register);
        return register;
    }

    /// <summary>The app's mailer, but its SMTP server is a port nobody listens on.</summary>
    public static RegisterMailer UnreachableMailer(AppHost app)
    {
        var smtp = Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = 9,
            Security = SmtpSecurity.None,
            SenderAddress = "noreply@merchantdesk.test",
        });
        var sender = new SmtpMailSender(smtp, Storage(app), NullLogger<SmtpMailSender>.Instance);
        return new RegisterMailer(
            Storage(app),
            sender,
            app.Services.GetRequiredService<RegisterMail>(),
            TimeProvider.System,
            NullLogger<RegisterMailer>.Instance);
    }
}

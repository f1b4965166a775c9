using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Applications;
using MerchantDesk.Audit;
using MerchantDesk.Credentials;
using MerchantDesk.Email;
using MerchantDesk.Health;
using MerchantDesk.Invoices;
using MerchantDesk.Notifications;
using MerchantDesk.OpenApi;
using MerchantDesk.Payments;
using MerchantDesk.Operators;
using MerchantDesk.Registers;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Support;
using MerchantDesk.Team;
using MerchantDesk.Telegram;
using MerchantDesk.Transactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantDesk.Hosting;

public static class MerchantDeskServiceCollectionExtensions
{
    /// <summary>
    /// The one composition root: the Functions app, the local runner and the tests all build the app from here.
    /// </summary>
    public static IServiceCollection AddMerchantDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<MerchantDeskOptions>(configuration, MerchantDeskOptions.Section);
        services.AddStorage(configuration);
        services.AddPlatform();
        services.AddEmail(configuration);
        services.AddAccounts(configuration);
        services.AddApplications();
        services.AddSupport(configuration);
        services.AddCredentials(configuration);
        services.AddPayments();
        services.AddTransactions();
        services.AddInvoices();
        services.AddRegisters(configuration);
        services.AddNotifications(configuration);
        services.AddTelegram(configuration);
        return services;
    }

    private static void AddPlatform(this IServiceCollection services)
    {
        services.AddSingleton<ApiRequestHandler>();
        services.AddSingleton<JsonBody>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<MerchantCalendar>();
        services.AddSingleton<StorageHealthCheck>();
        services.AddSingleton<OpenApiDocument>();
    }

    private static void AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SmtpOptions>(configuration, SmtpOptions.Section);
        services.AddStorageResource(StorageKind.Queue, MailOutbox.QueueName);
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<ProfileLinks>();
    }

    private static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SessionOptions>(configuration, SessionOptions.Section);
        services.AddValidatedOptions<OperatorOptions>(configuration, OperatorOptions.Section);
        foreach (var table in new[]
        {
            MerchantTable.Name, EmailIndexEntity.TableName, SessionEntity.TableName, EmailLinkEntity.TableName,
            SignInThrottle.TableName, AuditEntity.TableName, OperatorEntity.TableName, SiteDirectoryEntity.TableName,
        })
        {
            services.AddStorageResource(StorageKind.Table, table);
        }

        services.AddSingleton<SessionStore>();
        services.AddSingleton<ProfileAuthenticator>();
        services.AddSingleton<ProfileApi>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<TeamChanges>();
        services.AddSingleton<EmailLinks>();
        services.AddSingleton<AccountMail>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<PasswordService>();
        services.AddSingleton<ProfileSummaries>();
        services.AddSingleton<MerchantOnboarding>();
        services.AddSingleton<TeamService>();
        services.AddSingleton<ServiceCatalog>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<OperatorSignIn>();
        services.AddSingleton<OperatorApi>();
        services.AddHostedService<OperatorBootstrap>();
    }

    private static void AddApplications(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Table, ApplicationEntity.TableName);
        services.AddSingleton<ApplicationStore>();
        services.AddSingleton<ApplicationMail>();
        services.AddSingleton<ApplicationService>();
    }

    private static void AddSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SupportOptions>(configuration, SupportOptions.Section);
        services.AddStorageResource(StorageKind.Table, SupportRequestEntity.TableName);
        services.AddSingleton<SupportService>();
    }
}

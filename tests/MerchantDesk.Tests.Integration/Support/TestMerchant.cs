using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Applications;
using MerchantDesk.Sites;
using MerchantDesk.Team;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Support;

/// <summary>
/// A merchant made through the app's own services: applied, approved, one confirmed user of each role signed in,
/// and a service with a site. Faster than the emailed journey, which <c>AccountJourneyTests</c> walks over HTTP.
/// </summary>
public sealed record TestMerchant(
    string MerchantId,
    string ApplicationId,
    string SiteId,
    IReadOnlyDictionary<Role, SignInResponse> Users)
{
    public const string Password = "test-merchant-password";

    /// <summary>The service <see cref="SiteId"/> belongs to.</summary>
    public string ServiceId { get; init; } = "";

    public SignInResponse this[Role role] => Users[role];

    public static async Task<TestMerchant> CreateAsync(AppHost app, string companyName)
    {
        var services = app.Services;
        var applications = services.GetRequiredService<ApplicationService>();
        var email = Smtp4devInbox.UniqueAddress("administrator");
        var applied = await applications.ApplyAsync(
            new ApplyRequest(companyName, "Test Owner", email, "https://shop.example"),
            default);
        var approved = await applications.ApproveAsync(applied.ApplicationId, "operator@merchantdesk.test", default);
        var merchantId = approved.MerchantId!;

        var administrator = await ConfirmAsync(services, email);
        var users = new Dictionary<Role, SignInResponse> { [Role.Administrator] = administrator };
        foreach (var role in new[] { Role.Manager, Role.TechnicalSpecialist })
        {
            users[role] = await AddConfirmedUserAsync(services, administrator, role);
        }

        var (serviceId, siteId) = await ConnectSiteAsync(services, merchantId);
        return new TestMerchant(merchantId, applied.ApplicationId, siteId, users) { ServiceId = serviceId };
    }

    private static async Task<SignInResponse> AddConfirmedUserAsync(
        IServiceProvider services,
        SignInResponse administrator,
        Role role)
    {
        var email = Smtp4devInbox.UniqueAddress(role.ToString().ToLowerInvariant());
        await services.GetRequiredService<TeamService>().AddAsync(
            CallerOf(administrator),
            new AddUserRequest(email, role),
            default);
        return await ConfirmAsync(services, email);
    }

    // Issues a link as the invitation mail would carry, and follows it.
    private static async Task<SignInResponse> ConfirmAsync(IServiceProvider services, string email)
    {
        var user = await services.GetRequiredService<UserDirectory>().FindByEmailAsync(email, default);
        var token = await services.GetRequiredService<EmailLinks>().IssueAsync(
            user!,
            EmailLinkPurpose.Invitation,
            default);
        return await services.GetRequiredService<PasswordService>().SetPasswordAsync(new(token, Password), default);
    }

    private static async Task<(string ServiceId, string SiteId)> ConnectSiteAsync(
        IServiceProvider services,
        string merchantId)
    {
        var catalog = services.GetRequiredService<ServiceCatalog>();
        var service = await catalog.ConnectServiceAsync(merchantId, new ConnectServiceRequest("Online shop"), default);
        var site = await catalog.ConnectSiteAsync(
            merchantId,
            service.ServiceId,
            new ConnectSiteRequest("Main site", "https://shop.example", [PaymentMethod.Card]),
            default);
        return (service.ServiceId, site.SiteId);
    }

    public static ProfileCaller CallerOf(SignInResponse user) =>
        new(user.Profile.MerchantId, user.Profile.UserId, user.Profile.Email, user.Profile.Role, user.SessionToken);
}

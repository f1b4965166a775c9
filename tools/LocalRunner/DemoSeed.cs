using System.Text.Json;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Applications;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Team;
using Microsoft.Extensions.DependencyInjection;

namespace LocalRunner;

/// <summary>
/// The demo merchant ./run creates on first start, through the app's own services: approved, one confirmed user of
/// each role with a known password, and a service with a site. On later starts it finds them and only reports.
/// </summary>
internal sealed class DemoSeed(IServiceProvider services)
{
    public const string Password = "demo-password-2026";
    private const string Domain = "demo.merchantdesk.local";
    private static readonly JsonSerializerOptions DemoJson = new(MerchantDeskJson.Options) { WriteIndented = true };

    private UserDirectory Users => services.GetRequiredService<UserDirectory>();

    public async Task WriteAsync(string file, Uri baseUrl, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<StorageProvisioner>().Provisioned.WaitAsync(cancellationToken);
        var existing = await FindAsync(cancellationToken);
        var merchant = existing ?? await CreateAsync(cancellationToken);
        var siteId = merchant.Services[0].Sites[0].SiteId;
        var apiToken = (existing is null ? null : await PreviousTokenAsync(file, cancellationToken))
            ?? await IssueTokenAsync(siteId, cancellationToken);
        var demo = new
        {
            app = baseUrl.AbsoluteUri,
            health = new Uri(baseUrl, "health").AbsoluteUri,
            openApi = new Uri(baseUrl, "openapi.json").AbsoluteUri,
            merchant.MerchantId,
            merchant.Services,
            siteId,
            apiToken,
            publicKey = await PublicKeyAsync(siteId, cancellationToken),
            users = Enum.GetValues<Role>().Select(role => new { role, email = EmailOf(role), password = Password }),
        };
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(demo, DemoJson), cancellationToken);
    }

    // The token is stored only as a hash, so the one ./run printed last time is read back from its previous file.
    private static async Task<string?> PreviousTokenAsync(string file, CancellationToken cancellationToken)
    {
        var previous = file + ".previous";
        if (!File.Exists(previous))
        {
            return null;
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(previous, cancellationToken));
        return json.RootElement.TryGetProperty("apiToken", out var token) ? token.GetString() : null;
    }

    private async Task<string> IssueTokenAsync(string siteId, CancellationToken cancellationToken)
    {
        var administrator = await Users.FindByEmailAsync(EmailOf(Role.Administrator), cancellationToken);
        var caller = new ProfileCaller(
            administrator!.MerchantId,
            administrator.UserId,
            administrator.Email,
            administrator.Role,
            "demo-seed");
        var issued = await services.GetRequiredService<ApiTokenService>().IssueAsync(
            caller,
            siteId,
            new IssueApiTokenRequest("demo token from ./run"),
            cancellationToken);
        return issued.Token;
    }

    private async Task<string> PublicKeyAsync(string siteId, CancellationToken cancellationToken)
    {
        var site = await services.GetRequiredService<SiteKeys>().FindSiteAsync(siteId, cancellationToken);
        return site!.PublicKey;
    }

    private async Task<DemoMerchant?> FindAsync(CancellationToken cancellationToken)
    {
        var administrator = await Users.FindByEmailAsync(EmailOf(Role.Administrator), cancellationToken);
        return administrator is null ? null : await DescribeAsync(administrator.MerchantId, cancellationToken);
    }

    private async Task<DemoMerchant> CreateAsync(CancellationToken cancellationToken)
    {
        var applications = services.GetRequiredService<ApplicationService>();
        var applied = await applications.ApplyAsync(
            new ApplyRequest("Demo Coffee LLC", "Demo Owner", EmailOf(Role.Administrator), "https://coffee.example"),
            cancellationToken);
        var approved = await applications.ApproveAsync(applied.ApplicationId, "demo-seed", cancellationToken);
        var administrator = await ConfirmAsync(EmailOf(Role.Administrator), cancellationToken);
        foreach (var role in new[] { Role.Manager, Role.TechnicalSpecialist })
        {
            var caller = CallerOf(administrator);
            await services.GetRequiredService<TeamService>().AddAsync(
                caller,
                new AddUserRequest(EmailOf(role), role, "demo user"),
                cancellationToken);
            await ConfirmAsync(EmailOf(role), cancellationToken);
        }

        await ConnectShopAsync(approved.MerchantId!, cancellationToken);
        return await DescribeAsync(approved.MerchantId!, cancellationToken);
    }

    private async Task<SignInResponse> ConfirmAsync(string email, CancellationToken cancellationToken)
    {
        var user = await Users.FindByEmailAsync(email, cancellationToken)
            ?? throw new InvalidOperationException($"The demo user {email} was not created.");
        var links = services.GetRequiredService<EmailLinks>();
        var token = await links.IssueAsync(user, EmailLinkPurpose.Invitation, cancellationToken);
        return await services.GetRequiredService<PasswordService>().SetPasswordAsync(
            new(token, Password),
            cancellationToken);
    }

    private async Task ConnectShopAsync(string merchantId, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ServiceCatalog>();
        var service = await catalog.ConnectServiceAsync(merchantId, new("Coffee shop"), cancellationToken);
        await catalog.ConnectSiteAsync(
            merchantId,
            service.ServiceId,
            new ConnectSiteRequest("Coffee online", "https://coffee.example", [PaymentMethod.Card]),
            cancellationToken);
    }

    private async Task<DemoMerchant> DescribeAsync(string merchantId, CancellationToken cancellationToken)
    {
        var catalog = await services.GetRequiredService<ServiceCatalog>().ListAsync(merchantId, cancellationToken);
        return new DemoMerchant(merchantId, catalog.Services);
    }

    private static ProfileCaller CallerOf(SignInResponse user) =>
        new(user.Profile.MerchantId, user.Profile.UserId, user.Profile.Email, user.Profile.Role, user.SessionToken);

    private static string EmailOf(Role role) => role.ToString().ToLowerInvariant() + "@" + Domain;

    private sealed record DemoMerchant(string MerchantId, IReadOnlyList<ServiceView> Services);
}

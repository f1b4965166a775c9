using MerchantDesk.Access;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>Describes a user's Account Profile: merchant, role, start-page sections and permitted actions.</summary>
public sealed class ProfileSummaries(StorageAccount storage)
{
    private static readonly (ProfileSection Section, Permission Needs)[] SectionPermissions =
    [
        (ProfileSection.Services, Permission.ViewServices),
        (ProfileSection.Requests, Permission.ViewRequests),
        (ProfileSection.Users, Permission.ManageUsers),
        (ProfileSection.Support, Permission.AskSupport),
    ];

    public async Task<ProfileSummary> DescribeAsync(UserEntity user, CancellationToken cancellationToken)
    {
        var merchant = await storage.Table(MerchantTable.Name).GetEntityIfExistsAsync<MerchantEntity>(
            user.MerchantId,
            MerchantTable.ProfileRow,
            cancellationToken: cancellationToken);
        var companyName = merchant.HasValue ? merchant.Value!.CompanyName : "";
        var sections = SectionPermissions.Where(s => RoleMatrix.Allows(user.Role, s.Needs)).Select(s => s.Section);
        return new ProfileSummary(
            user.MerchantId,
            companyName,
            user.UserId,
            user.Email,
            user.Role,
            sections.ToList(),
            RoleMatrix.PermissionsOf(user.Role));
    }
}

using MerchantDesk.Access;

namespace MerchantDesk.Tests.Access;

/// <summary>Every cell of the partner guide's "Roles in the Account Profile" tables.</summary>
public sealed class RoleMatrixTests
{
    public static TheoryData<Role, Permission, bool> GuideTable() => new()
    {
        // Sections on the start page: Administrator sees all four, Manager all but Users, Technician two.
        { Role.Administrator, Permission.ViewServices, true },
        { Role.Administrator, Permission.ViewRequests, true },
        { Role.Administrator, Permission.ManageUsers, true },
        { Role.Administrator, Permission.AskSupport, true },
        { Role.Manager, Permission.ViewServices, true },
        { Role.Manager, Permission.ViewRequests, true },
        { Role.Manager, Permission.ManageUsers, false },
        { Role.Manager, Permission.AskSupport, true },
        { Role.TechnicalSpecialist, Permission.ViewServices, true },
        { Role.TechnicalSpecialist, Permission.ViewRequests, false },
        { Role.TechnicalSpecialist, Permission.ManageUsers, false },
        { Role.TechnicalSpecialist, Permission.AskSupport, true },

        // Actions on the Services tab: the same six for every role.
        { Role.Administrator, Permission.ViewTransactions, true },
        { Role.Administrator, Permission.MakeRefunds, true },
        { Role.Administrator, Permission.IssueInvoices, true },
        { Role.Administrator, Permission.ViewInvoices, true },
        { Role.Administrator, Permission.ConfigureRegisterMailing, true },
        { Role.Administrator, Permission.CreateTokens, true },
        { Role.Manager, Permission.ViewTransactions, true },
        { Role.Manager, Permission.MakeRefunds, true },
        { Role.Manager, Permission.IssueInvoices, true },
        { Role.Manager, Permission.ViewInvoices, true },
        { Role.Manager, Permission.ConfigureRegisterMailing, true },
        { Role.Manager, Permission.CreateTokens, true },
        { Role.TechnicalSpecialist, Permission.ViewTransactions, true },
        { Role.TechnicalSpecialist, Permission.MakeRefunds, true },
        { Role.TechnicalSpecialist, Permission.IssueInvoices, true },
        { Role.TechnicalSpecialist, Permission.ViewInvoices, true },
        { Role.TechnicalSpecialist, Permission.ConfigureRegisterMailing, true },
        { Role.TechnicalSpecialist, Permission.CreateTokens, true },
    };

    [Theory]
    [MemberData(nameof(GuideTable))]
    public void Allows_EveryCellOfTheGuide_MatchesTheGuide(Role role, Permission permission, bool allowed)
    {
        Assert.Equal(allowed, RoleMatrix.Allows(role, permission));
    }

    [Fact]
    public void GuideTable_Always_CoversEveryRoleAndPermission()
    {
        var cells = GuideTable().Select(row => ((Role)row[0], (Permission)row[1])).ToHashSet();

        Assert.Equal(Enum.GetValues<Role>().Length * Enum.GetValues<Permission>().Length, cells.Count);
    }
}

namespace MerchantDesk.Access;

/// <summary>
/// The partner guide's "Roles in the Account Profile", as one table: the only place that decides who may do what.
/// </summary>
public static class RoleMatrix
{
    private static readonly (
        Permission Permission,
        bool Administrator,
        bool Manager,
        bool TechnicalSpecialist)[] Table =
    [
        // Sections of the start page.
        (Permission.ViewServices, true, true, true),
        (Permission.AskSupport, true, true, true),
        (Permission.ViewRequests, true, true, false),
        (Permission.ManageUsers, true, false, false),

        // Actions inside a service: every role may do them all.
        (Permission.ViewTransactions, true, true, true),
        (Permission.MakeRefunds, true, true, true),
        (Permission.IssueInvoices, true, true, true),
        (Permission.ViewInvoices, true, true, true),
        (Permission.ConfigureRegisterMailing, true, true, true),
        (Permission.CreateTokens, true, true, true),
    ];

    public static bool Allows(Role role, Permission permission)
    {
        var row = Table.Single(r => r.Permission == permission);
        return role switch
        {
            Role.Administrator => row.Administrator,
            Role.Manager => row.Manager,
            Role.TechnicalSpecialist => row.TechnicalSpecialist,
            _ => false,
        };
    }

    /// <summary>Everything <paramref name="role"/> may do, in the guide's order.</summary>
    public static IReadOnlyList<Permission> PermissionsOf(Role role) =>
        Table.Select(r => r.Permission).Where(p => Allows(role, p)).ToList();
}

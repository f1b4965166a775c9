namespace MerchantDesk.Access;

/// <summary>The sections of the start page and the actions inside a service, as the partner guide names them.</summary>
public enum Permission
{
    ViewServices,
    AskSupport,
    ViewRequests,
    ManageUsers,
    ViewTransactions,
    MakeRefunds,
    IssueInvoices,
    ViewInvoices,
    ConfigureRegisterMailing,
    CreateTokens,
}

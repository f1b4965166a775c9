namespace MerchantDesk.Accounts;

public enum UserState
{
    /// <summary>Added or approved; has not confirmed the email and set a password yet.</summary>
    Invited,

    Active,

    /// <summary>Switched off by an Administrator; cannot sign in.</summary>
    Disabled,
}

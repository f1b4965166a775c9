namespace MerchantDesk.Audit;

/// <summary>The security events recorded for a merchant.</summary>
public enum AuditEvent
{
    MerchantCreated,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    EmailConfirmed,
    PasswordResetRequested,
    PasswordReset,
    PasswordChanged,
    UserAdded,
    InvitationResent,
    RoleChanged,
    UserDisabled,
    UserEnabled,
    UserRemoved,
    ApiTokenIssued,
    ApiTokenRevoked,
    NotificationKeyReissued,
    NotificationUrlChanged,
}

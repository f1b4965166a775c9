namespace MerchantDesk.Access;

/// <summary>What a person may do in their merchant's Account Profile; see <see cref="RoleMatrix"/>.</summary>
public enum Role
{
    Administrator,
    Manager,
    TechnicalSpecialist,
}

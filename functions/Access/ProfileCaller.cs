using MerchantDesk.Api;

namespace MerchantDesk.Access;

/// <summary>Who is signed in behind an Account Profile request. Their merchant scopes every read and write.</summary>
public sealed record ProfileCaller(string MerchantId, string UserId, string Email, Role Role, string SessionToken)
{
    public bool May(Permission permission) => RoleMatrix.Allows(Role, permission);

    public void Demand(Permission permission)
    {
        if (!May(permission))
        {
            throw ApiException.Forbidden($"The {Role} role may not do this ({permission}).");
        }
    }
}

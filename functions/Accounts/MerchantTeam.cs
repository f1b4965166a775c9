namespace MerchantDesk.Accounts;

/// <summary>A merchant and all its users, read together so a change can be checked against the whole team.</summary>
public sealed record MerchantTeam(MerchantEntity Merchant, IReadOnlyList<UserEntity> Users)
{
    public UserEntity? Find(string userId) => Users.FirstOrDefault(u => u.UserId == userId);

    public int ActiveAdministrators => Users.Count(u => u.IsActiveAdministrator);
}

using MerchantDesk.Access;

namespace MerchantDesk.Transactions;

/// <summary>The columns a user's chosen template shows, in its order; the whole catalogue when none is chosen.</summary>
public interface IChosenColumns
{
    Task<IReadOnlyList<string>> ForAsync(ProfileCaller caller, CancellationToken cancellationToken);
}

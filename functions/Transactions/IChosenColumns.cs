using MerchantDesk.Access;

namespace MerchantDesk.Transactions;

/// <summary>The columns of a user's chosen template, in its order; the whole catalogue when none is chosen.</summary>
public interface IChosenColumns
{
    Task<IReadOnlyList<string>> ForAsync(ProfileCaller caller, CancellationToken cancellationToken);
}

using MerchantDesk.Access;

namespace MerchantDesk.Transactions.Templates;

/// <summary>The columns of the user's chosen template for the transaction list; every column when none is.</summary>
public sealed class ChosenTemplateColumns(TemplateStore store) : IChosenColumns
{
    public async Task<IReadOnlyList<string>> ForAsync(ProfileCaller caller, CancellationToken cancellationToken) =>
        TemplateRules.ColumnsShown(await store.ChosenAsync(caller, cancellationToken));
}

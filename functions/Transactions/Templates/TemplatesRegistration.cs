using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Transactions.Templates;

public static class TemplatesRegistration
{
    /// <summary>Users' column templates, and the chosen columns the transaction list asks for.</summary>
    public static IServiceCollection AddTransactionTemplates(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Table, TemplateTable.Name);
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<TransactionTemplates>();
        services.AddSingleton<IChosenColumns, ChosenTemplateColumns>();
        return services;
    }
}

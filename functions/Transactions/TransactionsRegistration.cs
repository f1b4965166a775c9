using MerchantDesk.Events;
using MerchantDesk.Storage;
using MerchantDesk.Transactions.Details;
using MerchantDesk.Transactions.Index;
using MerchantDesk.Transactions.Search;
using MerchantDesk.Transactions.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Transactions;

public static class TransactionsRegistration
{
    /// <summary>
    /// The Transactions tab: its index kept up by ledger events, the list, search, details, refunds and column
    /// templates.
    /// </summary>
    public static IServiceCollection AddTransactions(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Table, TransactionIndex.TableName);
        services.AddSingleton<TransactionIndex>();
        services.AddSingleton<ILedgerEventHandler, TransactionIndexer>();
        services.AddSingleton<TransactionQueryReader>();
        services.AddSingleton<TransactionCells>();
        services.AddSingleton<TransactionList>();
        services.AddSingleton<TransactionDetailsReader>();
        services.AddSingleton<ProfileRefunds>();
        services.AddTransactionTemplates();
        return services;
    }
}

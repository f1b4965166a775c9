using MerchantDesk.Events;
using MerchantDesk.Invoices.Index;
using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Invoices;

public static class InvoicesRegistration
{
    /// <summary>The Invoices tab: its index kept up by ledger events, the list, an invoice, New invoice.</summary>
    public static IServiceCollection AddInvoices(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Table, InvoiceIndex.TableName);
        services.AddSingleton<InvoiceIndex>();
        services.AddSingleton<ILedgerEventHandler, InvoiceIndexer>();
        services.AddSingleton<InvoiceViews>();
        services.AddSingleton<InvoiceMail>();
        services.AddSingleton<InvoiceList>();
        services.AddSingleton<ProfileInvoices>();
        return services;
    }
}

using MerchantDesk.Events;
using MerchantDesk.Invoices;
using MerchantDesk.PaymentForm;
using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Protocol;
using MerchantDesk.Protocol.P2p;
using MerchantDesk.Protocol.Payin;
using MerchantDesk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantDesk.Payments;

public static class PaymentsRegistration
{
    /// <summary>Bills, card payments, captures and refunds, and the two protocols that reach them.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddStorageResource(StorageKind.Table, LedgerTable.Name);
        services.AddLedgerEvents();
        services.AddStorageResource(StorageKind.Table, PayLinkEntity.TableName);
        services.TryAddSingleton<IAcquirer, SandboxAcquirer>();
        services.AddSingleton<PayLinks>();
        services.AddSingleton<BillService>();
        services.AddSingleton<PaymentService>();
        services.AddSingleton<PaymentOperations>();
        services.AddSingleton<CaptureService>();
        services.AddSingleton<RefundService>();
        services.AddSingleton<ProtocolTime>();
        services.AddSingleton<ProtocolApi>();
        services.AddSingleton<PayinViews>();
        services.AddSingleton<P2pViews>();
        services.AddSingleton<FormPageHandler>();
        services.AddSingleton<PaymentFormService>();
        return services;
    }
}

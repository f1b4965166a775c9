namespace MerchantDesk.Invoices;

/// <summary>Where a bill was issued.</summary>
public enum InvoiceOrigin
{
    Protocol,
    P2pProtocol,
    Profile,
    Telegram,
    PaymentForm,
}

using MerchantDesk.Money;

namespace MerchantDesk.Invoices;

/// <summary>A bill as a merchant asks for it, before it is stored.</summary>
/// <param name="ExpiresAt">When it stops being payable; null for <paramref name="Lifetime"/> or the default.</param>
/// <param name="Lifetime">How long from its issue it may be paid, when <paramref name="ExpiresAt"/> is null.</param>
/// <param name="CreationError">Why the bill cannot be issued: it is then recorded, unpayable, to show why.</param>
/// <param name="Flags">Protocol flags: <c>SALE</c> captures payments at once instead of holding them.</param>
public sealed record NewBill(
    string BillId,
    Amount Amount,
    InvoiceOrigin Origin,
    string? Comment = null,
    DateTimeOffset? ExpiresAt = null,
    Customer? Customer = null,
    IReadOnlyDictionary<string, string>? CustomFields = null,
    IReadOnlyList<string>? Flags = null,
    string? SuccessUrl = null,
    TimeSpan? Lifetime = null,
    string? CreationError = null);

using System.Text.Json.Serialization;
using MerchantDesk.Money;

namespace MerchantDesk.Protocol;

/// <summary>An amount on the wire: <c>{"currency": "RUB", "value": 10.00}</c>; the value may be a string.</summary>
public sealed record WireAmount(
    string Currency,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal Value)
{
    public Amount ToAmount(string field = "amount") => Amount.Of(Value, Currency, field);

    public static WireAmount Of(Amount amount) => new(amount.Currency, amount.Value);
}

/// <summary>The bills protocol's amount, whose value is always a string with two decimals: <c>"200.34"</c>.</summary>
public sealed record P2pAmount(string Currency, string Value)
{
    public Amount ToAmount(string field = "amount")
    {
        var parsed = decimal.TryParse(
            Value,
            System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture,
            out var value);
        return Amount.Of(parsed ? value : -1, Currency, field);
    }

    public static P2pAmount Of(Amount amount) => new(amount.Currency, amount.ToString());
}

public sealed record WireCustomer(string? Email = null, string? Phone = null, string? Account = null)
{
    public Invoices.Customer ToCustomer() => new(Email, Phone, Account);

    public static WireCustomer? Of(string? email, string? phone, string? account) =>
        email is null && phone is null && account is null ? null : new(email, phone, account);
}

/// <param name="Value">The status in the protocol's words, e.g. <c>WAITING</c>.</param>
/// <param name="Reason">Why, for a decline: a stable code.</param>
public sealed record WireStatus(
    string Value,
    string ChangedDateTime,
    string? Reason = null,
    string? ReasonMessage = null);

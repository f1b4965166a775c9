namespace MerchantDesk.Sites;

/// <summary>Stores a set of payment methods in one table property.</summary>
public static class PaymentMethodList
{
    public static string Format(IEnumerable<PaymentMethod> methods) =>
        string.Join(',', methods.Distinct().Order());

    public static IReadOnlyList<PaymentMethod> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PaymentMethod>).ToList();
}

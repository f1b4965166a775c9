using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Tests.Payments;

/// <summary>Card data for tests; change one field with <c>with</c> to test that field alone.</summary>
public static class TestCards
{
    public const string VisaApproved = "4111 1111 1111 1111";
    public const string ThreeDsVisa = "4000 0000 0000 3220";

    /// <summary>Luhn-valid, so it passes validation, but not one of the sandbox's cards.</summary>
    public const string UnknownValid = "4242 4242 4242 4242";

    public static CardDetails Valid { get; } = new(VisaApproved, 3, 26, "123", "IVAN PETROV");

    public static CardDetails WithNumber(string number) => Valid with { Number = number };
}

using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Tests.Payments;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("5555555555554444")]
    [InlineData("2200000000000004")]
    [InlineData("411111111117")]
    [InlineData("4111111111111111110")]
    public void IsValid_CorrectCheckDigit_ReturnsTrue(string digits)
    {
        Assert.True(Luhn.IsValid(digits));
    }

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("4111111111111121")]
    [InlineData("5555555555554440")]
    [InlineData("")]
    [InlineData("4111 1111 1111 1111")]
    public void IsValid_TypoOrNotDigits_ReturnsFalse(string digits)
    {
        Assert.False(Luhn.IsValid(digits));
    }
}

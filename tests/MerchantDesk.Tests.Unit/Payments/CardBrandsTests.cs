using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Tests.Payments;

public sealed class CardBrandsTests
{
    [Theory]
    [InlineData("4111111111111111", CardBrand.Visa)]
    [InlineData("4", CardBrand.Visa)]
    [InlineData("5100000000000000", CardBrand.Mastercard)]
    [InlineData("5555555555554444", CardBrand.Mastercard)]
    [InlineData("2221000000000009", CardBrand.Mastercard)]
    [InlineData("2720990000000000", CardBrand.Mastercard)]
    [InlineData("2200000000000004", CardBrand.Mir)]
    [InlineData("2204990000000000", CardBrand.Mir)]
    public void Of_KnownPrefix_ReturnsItsBrand(string digits, CardBrand brand)
    {
        Assert.Equal(brand, CardBrands.Of(digits));
    }

    [Theory]
    [InlineData("5000000000000000")]
    [InlineData("5600000000000000")]
    [InlineData("2220990000000000")]
    [InlineData("2721000000000000")]
    [InlineData("2205000000000000")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    [InlineData("5")]
    [InlineData("")]
    public void Of_PrefixOfNoSupportedBrand_ReturnsUnknown(string digits)
    {
        Assert.Equal(CardBrand.Unknown, CardBrands.Of(digits));
    }
}

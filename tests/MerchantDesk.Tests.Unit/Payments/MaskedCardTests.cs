using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Tests.Payments;

public sealed class MaskedCardTests
{
    [Theory]
    [InlineData("4000 0012 3456 7899")]
    [InlineData("4000-0012-3456-7899")]
    [InlineData("4000001234567899")]
    public void Of_FullNumber_KeepsFirstSixAndLastFourOnly(string number)
    {
        var card = MaskedCard.Of(number);

        Assert.Equal("400000", card.First6);
        Assert.Equal("7899", card.Last4);
        Assert.Equal("400000******7899", card.Masked);
        Assert.DoesNotContain("123456", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_FullNumber_DetectsTheBrand()
    {
        Assert.Equal(CardBrand.Mir, MaskedCard.Of("2200 0000 0000 0004").Brand);
    }

    [Theory]
    [InlineData("41111111111")]
    [InlineData("")]
    public void Of_NumberTooShortToMask_KeepsNoDigits(string number)
    {
        var card = MaskedCard.Of(number);

        Assert.Equal(new MaskedCard("", "", CardBrand.Unknown), card);
    }

    [Fact]
    public void CardDetailsToString_Always_ShowsNeitherTheNumberNorTheCvc()
    {
        var card = new CardDetails("5555 5555 5555 4444", 12, 30, "731", "IVAN PETROV");

        var text = card.ToString();

        Assert.Contains("555555******4444", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5555 5555 5555 4444", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5555555555554444", text, StringComparison.Ordinal);
        Assert.DoesNotContain("731", text, StringComparison.Ordinal);
    }
}

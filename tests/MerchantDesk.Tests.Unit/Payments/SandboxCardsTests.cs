using MerchantDesk.Payments.Acquiring;

namespace MerchantDesk.Tests.Payments;

/// <summary>The published test-card table: what a merchant reads in the README is what the sandbox does.</summary>
public sealed class SandboxCardsTests
{
    public static TheoryData<string, CardBrand, string?, bool> ReadmeTable() => new()
    {
        { "4111 1111 1111 1111", CardBrand.Visa, null, false },
        { "5555 5555 5555 4444", CardBrand.Mastercard, null, false },
        { "2223 0031 2200 3222", CardBrand.Mastercard, null, false },
        { "2200 0000 0000 0004", CardBrand.Mir, null, false },
        { "4000 0000 0000 3220", CardBrand.Visa, null, true },
        { "2200 0000 0000 0012", CardBrand.Mir, null, true },
        { "4000 0000 0000 9995", CardBrand.Visa, "INSUFFICIENT_FUNDS", false },
        { "4100 0000 0000 0019", CardBrand.Visa, "FRAUD_SUSPECTED", false },
        { "4000 0000 0000 0069", CardBrand.Visa, "EXPIRED_CARD", false },
        { "5105 1051 0510 5100", CardBrand.Mastercard, "DO_NOT_HONOR", false },
    };

    [Theory]
    [MemberData(nameof(ReadmeTable))]
    public void All_EveryRowOfTheReadme_BehavesAsPublished(
        string number,
        CardBrand brand,
        string? declineCode,
        bool asksForThreeDs)
    {
        var card = SandboxCards.Find(number);

        Assert.NotNull(card);
        Assert.Equal(brand, card.Masked.Brand);
        Assert.Equal(declineCode, card.Decline?.Code);
        Assert.Equal(asksForThreeDs, card.AsksForThreeDs);
    }

    [Fact]
    public void All_Always_HasExactlyTheReadmeRows()
    {
        Assert.Equal(ReadmeTable().Count, SandboxCards.All.Count);
    }

    [Fact]
    public void All_EveryCard_PassesCardValidation()
    {
        Assert.All(SandboxCards.All, card => Assert.True(Luhn.IsValid(card.Digits), card.Number));
        Assert.All(SandboxCards.All, card => Assert.Equal(16, card.Digits.Length));
    }

    [Fact]
    public void All_NoTwoCards_ShareFirstSixAndLastFour()
    {
        var masked = SandboxCards.All.Select(card => card.Masked.Masked).ToList();

        Assert.Equal(masked.Count, masked.Distinct().Count());
    }

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111-1111-1111-1111")]
    public void Find_NumberTypedWithoutSpaces_FindsTheCard(string number)
    {
        Assert.Equal("4111 1111 1111 1111", SandboxCards.Find(number)?.Number);
    }

    [Theory]
    [InlineData(TestCards.UnknownValid)]
    [InlineData("4111 1111 1111 111x")]
    [InlineData("")]
    public void Find_NumberNotInTheTable_ReturnsNull(string number)
    {
        Assert.Null(SandboxCards.Find(number));
    }
}

using MerchantDesk.Payments.Acquiring;
using Microsoft.Extensions.Time.Testing;

namespace MerchantDesk.Tests.Payments;

public sealed class CardValidationTests
{
    private static readonly DateTimeOffset MidMarch2026 = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ProblemsWith_ValidCard_FindsNone()
    {
        Assert.Empty(ProblemsAt(MidMarch2026, TestCards.Valid));
    }

    [Fact]
    public void ProblemsWith_EveryFieldWrong_NamesEachFieldOnce()
    {
        var card = new CardDetails("1234", 13, 26, "1", "<script>");

        var fields = ProblemsAt(MidMarch2026, card).Select(problem => problem.Field);

        Assert.Equal([CardField.Number, CardField.Expiry, CardField.Cvc, CardField.Holder], fields);
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("411111111117")]
    [InlineData("4111111111111111110")]
    public void ProblemsWith_NumberOf12To19DigitsPassingLuhn_FindsNone(string number)
    {
        Assert.Empty(ProblemsAt(MidMarch2026, TestCards.WithNumber(number)));
    }

    [Theory]
    [InlineData("41111111116")]
    [InlineData("41111111111111111113")]
    [InlineData("4111 1111 1111 111x")]
    [InlineData("4111.1111.1111.1111")]
    [InlineData("")]
    [InlineData(null)]
    public void ProblemsWith_NumberNotOf12To19Digits_AsksForTheNumber(string? number)
    {
        var problem = Assert.Single(ProblemsAt(MidMarch2026, TestCards.WithNumber(number!)));

        Assert.Equal(new CardProblem(CardField.Number, "Enter the card number: 12 to 19 digits."), problem);
    }

    [Fact]
    public void ProblemsWith_NumberFailingLuhn_ReportsATypo()
    {
        var problem = Assert.Single(ProblemsAt(MidMarch2026, TestCards.WithNumber("4111 1111 1111 1112")));

        Assert.Equal(new CardProblem(CardField.Number, "Check the card number: it has a typo."), problem);
    }

    [Theory]
    [InlineData(3, 26)]
    [InlineData(3, 2026)]
    [InlineData(4, 26)]
    [InlineData(1, 27)]
    [InlineData(12, 2046)]
    public void ProblemsWith_ExpiryThisMonthOrLater_FindsNone(int month, int year)
    {
        Assert.Empty(ProblemsAt(MidMarch2026, TestCards.Valid with { ExpiryMonth = month, ExpiryYear = year }));
    }

    [Theory]
    [InlineData(2, 26)]
    [InlineData(2, 2026)]
    [InlineData(12, 25)]
    [InlineData(3, 1999)]
    public void ProblemsWith_ExpiryBeforeThisMonth_SaysTheCardHasExpired(int month, int year)
    {
        var problems = ProblemsAt(MidMarch2026, TestCards.Valid with { ExpiryMonth = month, ExpiryYear = year });

        Assert.Equal(new CardProblem(CardField.Expiry, "The card has expired."), Assert.Single(problems));
    }

    [Fact]
    public void ProblemsWith_LastSecondOfTheExpiryMonth_FindsNone()
    {
        var lastSecond = new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero);

        Assert.Empty(ProblemsAt(lastSecond, TestCards.Valid));
    }

    [Fact]
    public void ProblemsWith_FirstMomentAfterTheExpiryMonth_SaysTheCardHasExpired()
    {
        var firstOfApril = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var problem = Assert.Single(ProblemsAt(firstOfApril, TestCards.Valid));

        Assert.Equal(CardField.Expiry, problem.Field);
    }

    [Theory]
    [InlineData(0, 26, "Enter the expiry month as a number from 1 to 12.")]
    [InlineData(13, 26, "Enter the expiry month as a number from 1 to 12.")]
    [InlineData(3, 126, "Enter the expiry year as 2 or 4 digits.")]
    [InlineData(3, -1, "Enter the expiry year as 2 or 4 digits.")]
    [InlineData(3, 10000, "Enter the expiry year as 2 or 4 digits.")]
    [InlineData(1, 2047, "Check the expiry year: it is too far in the future.")]
    public void ProblemsWith_ImpossibleExpiry_ExplainsWhy(int month, int year, string message)
    {
        var problems = ProblemsAt(MidMarch2026, TestCards.Valid with { ExpiryMonth = month, ExpiryYear = year });

        Assert.Equal(new CardProblem(CardField.Expiry, message), Assert.Single(problems));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("1234")]
    [InlineData("12a")]
    [InlineData(" 123")]
    [InlineData("")]
    [InlineData(null)]
    public void ProblemsWith_CvcNotThreeDigits_AsksForTheSecurityCode(string? cvc)
    {
        var problem = Assert.Single(ProblemsAt(MidMarch2026, TestCards.Valid with { Cvc = cvc! }));

        Assert.Equal(
            new CardProblem(CardField.Cvc, "Enter the 3-digit security code from the back of the card."),
            problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("IVAN PETROV")]
    [InlineData("Anne-Marie O'Neil Jr.")]
    [InlineData("Иван Петров")]
    public void ProblemsWith_HolderMissingOrPlainName_FindsNone(string? holder)
    {
        Assert.Empty(ProblemsAt(MidMarch2026, TestCards.Valid with { Holder = holder }));
    }

    [Fact]
    public void ProblemsWith_HolderOf100Characters_FindsNone()
    {
        Assert.Empty(ProblemsAt(MidMarch2026, TestCards.Valid with { Holder = new string('A', 100) }));
    }

    [Fact]
    public void ProblemsWith_HolderOver100Characters_SaysItIsTooLong()
    {
        var problems = ProblemsAt(MidMarch2026, TestCards.Valid with { Holder = new string('A', 101) });

        Assert.Equal(
            new CardProblem(CardField.Holder, "The cardholder name may have at most 100 characters."),
            Assert.Single(problems));
    }

    [Theory]
    [InlineData("IVAN PETROV 2")]
    [InlineData("<script>")]
    [InlineData("Ivan_Petrov")]
    public void ProblemsWith_HolderWithOtherCharacters_NamesTheAllowedOnes(string holder)
    {
        var problems = ProblemsAt(MidMarch2026, TestCards.Valid with { Holder = holder });

        Assert.Equal(
            new CardProblem(
                CardField.Holder,
                "The cardholder name may have only letters, spaces, dots, hyphens, apostrophes."),
            Assert.Single(problems));
    }

    private static IReadOnlyList<CardProblem> ProblemsAt(DateTimeOffset now, CardDetails card) =>
        CardValidation.ProblemsWith(card, new FakeTimeProvider(now));
}

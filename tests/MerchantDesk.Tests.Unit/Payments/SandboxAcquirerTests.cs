using MerchantDesk.Payments.Acquiring;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Payments;

public sealed class SandboxAcquirerTests
{
    private const string AuthCodePattern = "^[A-Z0-9]{6}$";
    private const string RrnPattern = "^[0-9]{12}$";
    private const string ReferencePattern = "^sbx-(sale|hold)-[0-9]{6}-[0-9]{4}-[0-9a-f]{12}$";

    public static TheoryData<string, bool> ApprovingCards() => CardsWithEitherCapture(card => card is
    {
        Decline: null,
        AsksForThreeDs: false,
    });

    public static TheoryData<string, bool> ThreeDsCards() => CardsWithEitherCapture(card => card.AsksForThreeDs);

    public static TheoryData<string, bool> DecliningCards() =>
        CardsWithEitherCapture(card => card.Decline is not null);

    [Theory]
    [MemberData(nameof(ApprovingCards))]
    public async Task AuthorizeAsync_ApprovingCard_CapturesOrHoldsAsAsked(string number, bool capture)
    {
        var result = await AuthorizeAsync(number, capture);

        Assert.Equal(capture ? AuthorizationOutcome.Captured : AuthorizationOutcome.Held, result.Outcome);
        Assert.Equal(MaskedCard.Of(number), result.Card);
        Assert.Matches(AuthCodePattern, result.AuthCode);
        Assert.Matches(RrnPattern, result.Rrn);
        Assert.Matches(ReferencePattern, result.AcquirerReference);
        Assert.Null(result.Decline);
    }

    [Theory]
    [MemberData(nameof(DecliningCards))]
    public async Task AuthorizeAsync_DecliningCard_DeclinesWithItsReason(string number, bool capture)
    {
        var result = await AuthorizeAsync(number, capture);

        Assert.Equal(AuthorizationOutcome.Declined, result.Outcome);
        Assert.Equal(SandboxCards.Find(number)!.Decline, result.Decline);
        Assert.Equal(MaskedCard.Of(number), result.Card);
        Assert.Null(result.AuthCode);
        Assert.Null(result.Rrn);
        Assert.Null(result.AcquirerReference);
    }

    [Fact]
    public async Task AuthorizeAsync_ValidCardNotInTheTable_DeclinesAsNotSupported()
    {
        var result = await AuthorizeAsync(TestCards.UnknownValid, capture: true);

        Assert.Equal(AuthorizationOutcome.Declined, result.Outcome);
        Assert.Equal("CARD_NOT_SUPPORTED", result.Decline?.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task AuthorizeAsync_AmountNotPositive_DeclinesAsInvalidAmount(decimal amount)
    {
        var request = Request(TestCards.VisaApproved, capture: true) with { Amount = amount };

        var result = await Acquirer().AuthorizeAsync(request, CancellationToken.None);

        Assert.Equal("INVALID_AMOUNT", result.Decline?.Code);
    }

    [Fact]
    public async Task AuthorizeAsync_SameCardTwice_GivesFreshAuthCodeRrnAndReference()
    {
        var first = await AuthorizeAsync(TestCards.VisaApproved, capture: true);
        var second = await AuthorizeAsync(TestCards.VisaApproved, capture: true);

        Assert.NotEqual(first.AuthCode, second.AuthCode);
        Assert.NotEqual(first.Rrn, second.Rrn);
        Assert.NotEqual(first.AcquirerReference, second.AcquirerReference);
    }

    [Theory]
    [MemberData(nameof(ThreeDsCards))]
    public async Task AuthorizeAsync_ThreeDsCard_AsksForThreeDsBeforeApproving(string number, bool capture)
    {
        var result = await AuthorizeAsync(number, capture);

        Assert.Equal(AuthorizationOutcome.ThreeDsRequired, result.Outcome);
        Assert.Matches(ReferencePattern, result.AcquirerReference);
        Assert.Null(result.AuthCode);
        Assert.Null(result.Rrn);
    }

    [Theory]
    [MemberData(nameof(ThreeDsCards))]
    public async Task CompleteThreeDsAsync_ConfirmedOnAnotherInstance_CapturesOrHoldsAsFirstAsked(
        string number,
        bool capture)
    {
        var pending = await AuthorizeAsync(number, capture);

        var result = await CompleteOnAnotherInstanceAsync(pending, confirmed: true);

        Assert.Equal(capture ? AuthorizationOutcome.Captured : AuthorizationOutcome.Held, result.Outcome);
        Assert.Equal(MaskedCard.Of(number), result.Card);
        Assert.Equal(pending.AcquirerReference, result.AcquirerReference);
        Assert.Matches(AuthCodePattern, result.AuthCode);
        Assert.Matches(RrnPattern, result.Rrn);
    }

    [Theory]
    [MemberData(nameof(ThreeDsCards))]
    public async Task CompleteThreeDsAsync_NotConfirmed_DeclinesAsThreeDsFailed(string number, bool capture)
    {
        var pending = await AuthorizeAsync(number, capture);

        var result = await CompleteOnAnotherInstanceAsync(pending, confirmed: false);

        Assert.Equal(AuthorizationOutcome.Declined, result.Outcome);
        Assert.Equal("THREE_DS_FAILED", result.Decline?.Code);
        Assert.Equal(MaskedCard.Of(number), result.Card);
        Assert.Null(result.AuthCode);
    }

    [Theory]
    [InlineData("not-a-reference")]
    [InlineData("sbx-sale-411111-1111-0123456789ab")]
    public async Task CompleteThreeDsAsync_ReferenceOfNoPendingThreeDs_DeclinesAsUnknown(string reference)
    {
        var completion = new ThreeDsCompletion("pay-1", reference, Confirmed: true);

        var result = await Acquirer().CompleteThreeDsAsync(completion, CancellationToken.None);

        Assert.Equal(AuthorizationOutcome.Declined, result.Outcome);
        Assert.Equal("UNKNOWN_REFERENCE", result.Decline?.Code);
    }

    [Fact]
    public async Task CaptureAsync_HeldReferenceOnAnotherInstance_Succeeds()
    {
        var held = await AuthorizeAsync(TestCards.VisaApproved, capture: false);
        var operation = new AcquirerOperation("cap-1", held.AcquirerReference!, 10.50m, "RUB");

        var result = await Acquirer().CaptureAsync(operation, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Matches(RrnPattern, result.Rrn);
        Assert.Null(result.Decline);
    }

    [Fact]
    public async Task RefundAsync_CapturedReferenceOnAnotherInstance_Succeeds()
    {
        var captured = await AuthorizeAsync("2200 0000 0000 0004", capture: true);
        var operation = new AcquirerOperation("ref-1", captured.AcquirerReference!, 1m, "RUB");

        var result = await Acquirer().RefundAsync(operation, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Matches(RrnPattern, result.Rrn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task CaptureAndRefund_AmountNotPositive_FailAsInvalidAmount(decimal amount)
    {
        var approved = await AuthorizeAsync(TestCards.VisaApproved, capture: false);
        var operation = new AcquirerOperation("op-1", approved.AcquirerReference!, amount, "RUB");

        var capture = await Acquirer().CaptureAsync(operation, CancellationToken.None);
        var refund = await Acquirer().RefundAsync(operation, CancellationToken.None);

        Assert.Equal("INVALID_AMOUNT", capture.Decline?.Code);
        Assert.Equal("INVALID_AMOUNT", refund.Decline?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sbx-hold-424242-4242-0123456789ab")]
    [InlineData("sbx-hold-400000-9995-0123456789ab")]
    [InlineData("sbx-lend-411111-1111-0123456789ab")]
    public async Task CaptureAndRefund_ReferenceTheSandboxNeverApproved_FailAsUnknown(string reference)
    {
        var operation = new AcquirerOperation("op-1", reference, 10m, "RUB");

        var capture = await Acquirer().CaptureAsync(operation, CancellationToken.None);
        var refund = await Acquirer().RefundAsync(operation, CancellationToken.None);

        Assert.False(capture.Succeeded);
        Assert.Equal("UNKNOWN_REFERENCE", capture.Decline?.Code);
        Assert.Equal("UNKNOWN_REFERENCE", refund.Decline?.Code);
    }

    [Theory]
    [MemberData(nameof(ApprovingCards))]
    [MemberData(nameof(ThreeDsCards))]
    public async Task AuthorizeAsync_AnyReference_HoldsNoFullCardNumber(string number, bool capture)
    {
        var result = await AuthorizeAsync(number, capture);
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);

        Assert.DoesNotContain(digits, result.AcquirerReference, StringComparison.Ordinal);
        Assert.DoesNotContain(number, result.AcquirerReference, StringComparison.Ordinal);
        Assert.Matches(ReferencePattern, result.AcquirerReference);
    }

    [Fact]
    public async Task AuthorizeAndCompleteThreeDs_Always_LogTheMaskedCardOnly()
    {
        var logger = new CapturingLogger<SandboxAcquirer>();
        var acquirer = new SandboxAcquirer(logger);
        var card = new CardDetails("4000 0000 0000 3220", 12, 30, "987", "IVAN PETROV");

        var pending = await acquirer.AuthorizeAsync(
            new AuthorizationRequest("pay-1", 100m, "RUB", card, Capture: true),
            CancellationToken.None);
        await acquirer.CompleteThreeDsAsync(
            new ThreeDsCompletion("pay-1", pending.AcquirerReference!, Confirmed: true),
            CancellationToken.None);

        Assert.Equal([1401, 1402], logger.Entries.Select(entry => entry.EventId));
        Assert.All(logger.Entries, entry =>
        {
            Assert.Contains("400000******3220", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("4000000000003220", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("4000 0000 0000 3220", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("987", entry.Message, StringComparison.Ordinal);
        });
    }

    private static SandboxAcquirer Acquirer() => new(new CapturingLogger<SandboxAcquirer>());

    private static AuthorizationRequest Request(string number, bool capture) =>
        new("pay-1", 100m, "RUB", TestCards.WithNumber(number), capture);

    private static Task<AuthorizationResult> AuthorizeAsync(string number, bool capture) =>
        Acquirer().AuthorizeAsync(Request(number, capture), CancellationToken.None);

    // A new acquirer stands for another Functions instance: only the reference carries the payment across.
    private static Task<AuthorizationResult> CompleteOnAnotherInstanceAsync(
        AuthorizationResult pending,
        bool confirmed)
    {
        var completion = new ThreeDsCompletion("pay-1", pending.AcquirerReference!, confirmed);
        return Acquirer().CompleteThreeDsAsync(completion, CancellationToken.None);
    }

    private static TheoryData<string, bool> CardsWithEitherCapture(Func<SandboxCard, bool> predicate)
    {
        var data = new TheoryData<string, bool>();
        foreach (var card in SandboxCards.All.Where(predicate))
        {
            data.Add(card.Number, true);
            data.Add(card.Number, false);
        }

        return data;
    }
}

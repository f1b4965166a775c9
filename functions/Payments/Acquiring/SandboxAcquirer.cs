using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace MerchantDesk.Payments.Acquiring;

/// <summary>
/// An acquirer for development and integration testing that decides by test card number (see
/// <see cref="SandboxCards"/>) and moves no money. It keeps no state: captures and refunds succeed for any
/// reference it issued, and MerchantDesk itself enforces what may be captured or refunded.
/// </summary>
public sealed partial class SandboxAcquirer(ILogger<SandboxAcquirer> logger) : IAcquirer
{
    private const string AuthCodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const int AuthCodeLength = 6;
    private const int RrnLength = 12;

    public Task<AuthorizationResult> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        var result = Authorize(request);

        LogAuthorization(request.PaymentId, result.Card.Masked, result.Outcome, result.Decline?.Code);
        return Task.FromResult(result);
    }

    public Task<AuthorizationResult> CompleteThreeDsAsync(
        ThreeDsCompletion completion,
        CancellationToken cancellationToken)
    {
        var result = CompleteThreeDs(completion);

        LogThreeDsCompletion(completion.PaymentId, result.Card.Masked, result.Outcome, result.Decline?.Code);
        return Task.FromResult(result);
    }

    public Task<OperationResult> CaptureAsync(AcquirerOperation operation, CancellationToken cancellationToken) =>
        Task.FromResult(Operate("Capture", operation));

    public Task<OperationResult> RefundAsync(AcquirerOperation operation, CancellationToken cancellationToken) =>
        Task.FromResult(Operate("Refund", operation));

    private static AuthorizationResult Authorize(AuthorizationRequest request)
    {
        var card = MaskedCard.Of(request.Card.Number);
        if (request.Amount <= 0)
        {
            return Declined(card, DeclineReasons.InvalidAmount);
        }

        if (SandboxCards.Find(request.Card.Number) is not { } testCard)
        {
            return Declined(card, DeclineReasons.CardNotSupported);
        }

        if (testCard.Decline is { } decline)
        {
            return Declined(card, decline);
        }

        var reference = SandboxReference.New(card, request.Capture);
        return testCard.AsksForThreeDs
            ? new AuthorizationResult(AuthorizationOutcome.ThreeDsRequired, card, reference.ToString())
            : Approved(reference);
    }

    private static AuthorizationResult CompleteThreeDs(ThreeDsCompletion completion)
    {
        if (!SandboxReference.TryParse(completion.AcquirerReference, out var reference)
            || SandboxCards.Find(reference.Card) is not { AsksForThreeDs: true })
        {
            return Declined(reference?.Card ?? MaskedCard.Of(""), DeclineReasons.UnknownReference);
        }

        return completion.Confirmed ? Approved(reference) : Declined(reference.Card, DeclineReasons.ThreeDsFailed);
    }

    private OperationResult Operate(string kind, AcquirerOperation operation)
    {
        var result = OperationProblem(operation) is { } problem
            ? new OperationResult(Succeeded: false, Decline: problem)
            : new OperationResult(Succeeded: true, Rrn: NewRrn());

        LogOperation(kind, operation.OperationId, result.Succeeded, result.Decline?.Code);
        return result;
    }

    private static DeclineReason? OperationProblem(AcquirerOperation operation)
    {
        var approvable = SandboxReference.TryParse(operation.AcquirerReference, out var reference)
            && SandboxCards.Find(reference.Card) is { Decline: null };
        if (!approvable)
        {
            return DeclineReasons.UnknownReference;
        }

        return operation.Amount <= 0 ? DeclineReasons.InvalidAmount : null;
    }

    private static AuthorizationResult Approved(SandboxReference reference) => new(
        reference.Capture ? AuthorizationOutcome.Captured : AuthorizationOutcome.Held,
        reference.Card,
        reference.ToString(),
        AuthCode: RandomNumberGenerator.GetString(AuthCodeAlphabet, AuthCodeLength),
        Rrn: NewRrn());

    private static AuthorizationResult Declined(MaskedCard card, DeclineReason reason) =>
        new(AuthorizationOutcome.Declined, card, Decline: reason);

    private static string NewRrn() => RandomNumberGenerator.GetString("0123456789", RrnLength);

    // Cards are logged masked only: the full number and the CVC never reach this class's logs.
    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "Sandbox authorization of payment {PaymentId} with card {MaskedCard}: {Outcome} {ReasonCode}")]
    private partial void LogAuthorization(
        string paymentId,
        string maskedCard,
        AuthorizationOutcome outcome,
        string? reasonCode);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information,
        Message = "Sandbox 3-D Secure of payment {PaymentId} with card {MaskedCard}: {Outcome} {ReasonCode}")]
    private partial void LogThreeDsCompletion(
        string paymentId,
        string maskedCard,
        AuthorizationOutcome outcome,
        string? reasonCode);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information,
        Message = "Sandbox {Operation} {OperationId}: succeeded {Succeeded} {ReasonCode}")]
    private partial void LogOperation(string operation, string operationId, bool succeeded, string? reasonCode);
}

using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace MerchantDesk.Payments.Acquiring;

/// <summary>
/// The sandbox's AcquirerReference, e.g. <c>sbx-hold-400000-3220-5f0c2a9b41de</c>. The sandbox keeps no state and
/// the app scales out, so the reference itself carries what a later call on any instance needs: the first six and
/// last four digits, which name the test card, and whether the payment is a one-step sale or a hold. The full
/// number and the CVC never enter it; the random tail makes each authorization's reference its own.
/// </summary>
internal sealed record SandboxReference(MaskedCard Card, bool Capture, string Nonce)
{
    private const string Prefix = "sbx";
    private const string Sale = "sale";
    private const string Hold = "hold";
    private const int NonceLength = 12;

    public static SandboxReference New(MaskedCard card, bool capture) =>
        new(card, capture, RandomNumberGenerator.GetHexString(NonceLength, lowercase: true));

    public static bool TryParse(string? value, [NotNullWhen(true)] out SandboxReference? reference)
    {
        reference = value?.Split('-') is [Prefix, (Sale or Hold) and var mode, var first6, var last4, var nonce]
            && IsDigits(first6, 6)
            && IsDigits(last4, 4)
            && nonce.Length == NonceLength
            ? new SandboxReference(new MaskedCard(first6, last4, CardBrands.Of(first6)), mode == Sale, nonce)
            : null;
        return reference is not null;
    }

    public override string ToString() =>
        string.Join('-', Prefix, Capture ? Sale : Hold, Card.First6, Card.Last4, Nonce);

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);
}

namespace MerchantDesk.Registers;

/// <param name="From">The first day, in the merchant's time zone.</param>
/// <param name="To">The last day, included; at most <see cref="ProfileRegisters.MaxDays"/> days after From.</param>
/// <param name="Send">Mail it now to the site's mailing lists, as well as keeping it to download.</param>
public sealed record BuildRegisterRequest(DateOnly From, DateOnly To, bool Send = false);

/// <param name="Rows">How many transactions it lists.</param>
/// <param name="Bytes">The size of its file: the CSV, or the zip when it was zipped.</param>
/// <param name="State">
/// notMailed (no recipients, or an empty day not mailed), mailing, sent, failed (SMTP kept failing; see each
/// delivery's error), or unconfirmed (a send was cut off: the mail may or may not have left, and is not resent).
/// </param>
public sealed record RegisterView(
    string RegisterId,
    string SiteId,
    RegisterKind Kind,
    DateOnly From,
    DateOnly To,
    int Rows,
    long Bytes,
    bool Zipped,
    DateTimeOffset BuiltAt,
    RegisterState State,
    IReadOnlyList<DeliveryView> Deliveries);

/// <param name="At">When the mail was sent, or the latest attempt began or failed.</param>
/// <param name="Error">Why the latest attempt failed.</param>
public sealed record DeliveryView(string To, DeliveryState State, DateTimeOffset At, string? Error = null);

public sealed record RegisterPage(IReadOnlyList<RegisterView> Registers, string? NextPageToken);

public enum RegisterState
{
    NotMailed,
    Mailing,
    Sent,
    Failed,
    Unconfirmed,
}

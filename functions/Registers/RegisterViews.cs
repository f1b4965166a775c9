namespace MerchantDesk.Registers;

/// <summary>A register as the profile shows it, its state summed up from its recipients' deliveries.</summary>
public static class RegisterViews
{
    /// <summary>A "sending" row older than this belongs to an attempt that was cut off.</summary>
    public static readonly TimeSpan SendingLease = TimeSpan.FromMinutes(5);

    public static RegisterView Of(
        RegisterEntity register,
        IReadOnlyList<DeliveryEntity> deliveries,
        DateTimeOffset now)
    {
        var views = register.RecipientList
            .Select(to => deliveries.FirstOrDefault(d => d.Recipient == to) is { } d
                ? new DeliveryView(to, d.State, d.ChangedAt, d.Error)
                : null)
            .OfType<DeliveryView>()
            .ToList();
        return new RegisterView(
            register.RegisterId,
            register.SiteId,
            register.Kind,
            register.FirstDay,
            register.LastDay,
            register.Rows,
            register.Bytes,
            register.Zipped,
            register.BuiltAt,
            StateOf(register, deliveries, now),
            views);
    }

    private static RegisterState StateOf(
        RegisterEntity register,
        IReadOnlyList<DeliveryEntity> deliveries,
        DateTimeOffset now)
    {
        if (register.RecipientList.Count == 0)
        {
            return RegisterState.NotMailed;
        }

        if (deliveries.Any(d => d.State == DeliveryState.Failed))
        {
            return RegisterState.Failed;
        }

        if (deliveries.Any(d => d.State == DeliveryState.Sending && now - d.ChangedAt > SendingLease))
        {
            return RegisterState.Unconfirmed;
        }

        return deliveries.Count(d => d.State == DeliveryState.Sent) == register.RecipientList.Count
            ? RegisterState.Sent
            : RegisterState.Mailing;
    }
}

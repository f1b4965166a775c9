using Azure;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Storage;
using Microsoft.AspNetCore.Http;

namespace MerchantDesk.Accounts;

/// <summary>
/// Locks sign-in for an address after repeated failures. It counts by address whether or not an account has it,
/// so the lockout itself does not tell a guesser which addresses exist.
/// </summary>
public sealed class SignInThrottle(StorageAccount storage, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    public const string TableName = "SignInAttempts";
    private const string Row = "attempts";

    private TableClient Attempts => storage.Table(TableName);

    public async Task EnsureNotLockedAsync(string email, CancellationToken cancellationToken)
    {
        var found = await Attempts.GetEntityIfExistsAsync<TableEntity>(
            KeyOf(email),
            Row,
            cancellationToken: cancellationToken);
        if (found.HasValue && found.Value?.GetDateTimeOffset("LockedUntil") is { } until && until > clock.GetUtcNow())
        {
            throw new ApiException(
                StatusCodes.Status429TooManyRequests,
                "api.signin.locked",
                "Too many failed sign-ins for this address; try again in 15 minutes or use \"Remind me\".");
        }
    }

    /// <summary>Counts a failure; true when it locked the address.</summary>
    public async Task<bool> RecordFailureAsync(string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var fresh = new TableEntity(KeyOf(email), Row) { ["Failures"] = 1, ["FirstFailureAt"] = now };
        if (await Attempts.TryAddAsync(fresh, cancellationToken))
        {
            return false;
        }

        var locked = false;
        await Attempts.UpdateAsync<TableEntity>(
            KeyOf(email),
            Row,
            attempts => locked = Count(attempts, now),
            cancellationToken);
        return locked;
    }

    public async Task ResetAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            await Attempts.DeleteEntityAsync(KeyOf(email), Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            // Nothing to reset.
        }
    }

    private static bool Count(TableEntity attempts, DateTimeOffset now)
    {
        var windowStart = attempts.GetDateTimeOffset("FirstFailureAt") ?? now;
        var failures = now - windowStart > Window ? 1 : (attempts.GetInt32("Failures") ?? 0) + 1;
        attempts["FirstFailureAt"] = failures == 1 ? now : windowStart;
        attempts["Failures"] = failures >= MaxFailures ? 0 : failures;
        if (failures >= MaxFailures)
        {
            attempts["LockedUntil"] = now + Lockout;
        }

        return failures >= MaxFailures;
    }

    private static string KeyOf(string email) => SecretToken.Hash("sign-in:" + email);
}

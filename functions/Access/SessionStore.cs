using Azure;
using Azure.Data.Tables;
using MerchantDesk.Storage;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Access;

/// <summary>Starts, finds and ends sessions; a session ends when idle too long or past its absolute lifetime.</summary>
public sealed class SessionStore(StorageAccount storage, IOptions<SessionOptions> options, TimeProvider clock)
{
    public const string TokenPrefix = "mds_";

    // Writing the last-seen time on every request would double the writes; once a minute is precise enough.
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private TableClient Sessions => storage.Table(SessionEntity.TableName);

    public async Task<IssuedSession> StartAsync(
        SessionKind kind,
        string merchantId,
        string subjectId,
        string securityStamp,
        CancellationToken cancellationToken)
    {
        var token = SecretToken.New(TokenPrefix);
        var now = clock.GetUtcNow();
        var session = new SessionEntity
        {
            PartitionKey = SecretToken.Hash(token),
            Kind = kind,
            MerchantId = merchantId,
            SubjectId = subjectId,
            SecurityStamp = securityStamp,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
        };
        await Sessions.AddEntityAsync(session, cancellationToken);
        return new IssuedSession(token, session.ExpiresAt);
    }

    /// <summary>The live session of <paramref name="token"/>, or null when there is none or it has expired.</summary>
    public async Task<SessionEntity?> FindActiveAsync(string token, CancellationToken cancellationToken)
    {
        var found = await Sessions.GetEntityIfExistsAsync<SessionEntity>(
            SecretToken.Hash(token),
            SessionEntity.Row,
            cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } session)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now >= session.ExpiresAt || now - session.LastSeenAt >= options.Value.IdleTimeout)
        {
            await EndAsync(token, cancellationToken);
            return null;
        }

        if (now - session.LastSeenAt >= TouchEvery)
        {
            await TouchAsync(session, now, cancellationToken);
        }

        return session;
    }

    public async Task EndAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            await Sessions.DeleteEntityAsync(SecretToken.Hash(token), SessionEntity.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404)
        {
            // Already ended.
        }
    }

    /// <summary>Keeps a session alive when its subject's security stamp changes (its own password change).</summary>
    public async Task RestampAsync(string token, string securityStamp, CancellationToken cancellationToken)
    {
        await Sessions.UpdateAsync<SessionEntity>(
            SecretToken.Hash(token),
            SessionEntity.Row,
            session => session.SecurityStamp = securityStamp,
            cancellationToken);
    }

    private async Task TouchAsync(SessionEntity session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        session.LastSeenAt = now;
        try
        {
            await Sessions.UpdateEntityAsync(session, session.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // A parallel request touched or ended it; either way this request may go on.
        }
    }
}

/// <summary>A new session's bearer token, shown to its owner once.</summary>
public sealed record IssuedSession(string Token, DateTimeOffset ExpiresAt);

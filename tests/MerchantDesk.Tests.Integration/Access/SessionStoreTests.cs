using MerchantDesk.Access;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantDesk.Tests.Access;

public sealed class SessionStoreTests : IAsyncLifetime
{
    private static readonly SessionOptions Lifetimes = new()
    {
        IdleTimeout = TimeSpan.FromMinutes(30),
        AbsoluteLifetime = TimeSpan.FromHours(12),
    };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly StorageAccount _storage = Azurite.Account();
    private SessionStore _sessions = null!;

    public async Task InitializeAsync()
    {
        await _storage.Table(SessionEntity.TableName).CreateIfNotExistsAsync();
        _sessions = new SessionStore(_storage, Options.Create(Lifetimes), _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FindActiveAsync_UsedWithinTheIdleTimeout_StaysAlive()
    {
        var session = await StartAsync();

        for (var i = 0; i < 5; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.NotNull(await _sessions.FindActiveAsync(session.Token, default));
        }
    }

    [Fact]
    public async Task FindActiveAsync_IdleTooLong_HasEnded()
    {
        var session = await StartAsync();

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await _sessions.FindActiveAsync(session.Token, default));
        var row = await _storage.Table(SessionEntity.TableName).GetEntityIfExistsAsync<SessionEntity>(
            SecretToken.Hash(session.Token),
            SessionEntity.Row);
        Assert.False(row.HasValue, "an expired session is deleted when seen");
    }

    [Fact]
    public async Task FindActiveAsync_PastTheAbsoluteLifetime_HasEndedHoweverBusy()
    {
        var session = await StartAsync();

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(20))
        {
            Assert.NotNull(await _sessions.FindActiveAsync(session.Token, default));
            _clock.Advance(TimeSpan.FromMinutes(20));
        }

        Assert.Null(await _sessions.FindActiveAsync(session.Token, default));
    }

    [Fact]
    public async Task StartAsync_Token_IsNeverStored()
    {
        var session = await StartAsync();

        await foreach (var row in _storage.Table(SessionEntity.TableName).QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            var values = row.Select(property => property.Value?.ToString() ?? "");
            Assert.DoesNotContain(values, value => value.Contains(session.Token, StringComparison.Ordinal));
            Assert.NotEqual(session.Token, row.PartitionKey);
        }
    }

    private Task<IssuedSession> StartAsync() =>
        _sessions.StartAsync(SessionKind.MerchantUser, "mer_test", Keys.NewId("usr"), "stamp", default);
}

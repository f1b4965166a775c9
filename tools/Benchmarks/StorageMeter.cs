using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// Counts what an operation costs the table store: each HTTP round trip, and the entities its answers carry (a
/// query's <c>value</c> array, or one for a point read). Installed in the table client's pipeline, so the app's
/// own code and the bare queries it is compared with are counted the same way.
/// </summary>
public sealed class StorageMeter : HttpPipelinePolicy
{
    private long _roundTrips;
    private long _entities;

    public StorageCost Read() => new(Interlocked.Read(ref _roundTrips), Interlocked.Read(ref _entities));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Count(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Count(message);
    }

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _roundTrips);
        if (message.Request.Method == RequestMethod.Get && message.Response.Status == 200)
        {
            Interlocked.Add(ref _entities, EntitiesIn(message.Response.Content));
        }
    }

    private static int EntitiesIn(BinaryData body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.GetArrayLength()
            : 1;
    }
}

/// <summary>Round trips and entities read, in total or for one operation.</summary>
public readonly record struct StorageCost(long RoundTrips, long Entities)
{
    public static StorageCost operator -(StorageCost after, StorageCost before) =>
        new(after.RoundTrips - before.RoundTrips, after.Entities - before.Entities);

    public static StorageCost operator +(StorageCost a, StorageCost b) =>
        new(a.RoundTrips + b.RoundTrips, a.Entities + b.Entities);
}

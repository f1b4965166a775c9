using System.Diagnostics;

namespace MerchantDesk.Benchmarks;

/// <summary>The median time of an operation over several runs, and what one run cost the store.</summary>
public sealed record Measurement(double MedianMilliseconds, StorageCost Cost);

public static class Measure
{
    public const int Runs = 15;
    private const int WarmUps = 3;

    public static async Task<Measurement> MedianAsync(StorageMeter meter, Func<Task> operation, int runs = Runs)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await operation();
        }

        var times = new List<double>(runs);
        var before = meter.Read();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var cost = meter.Read() - before;
        times.Sort();
        return new Measurement(times[runs / 2], new StorageCost(cost.RoundTrips / runs, cost.Entities / runs));
    }

    /// <summary>The most managed memory in use while <paramref name="operation"/> runs, above the baseline.</summary>
    public static async Task<long> PeakMemoryAsync(Func<Task> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(2);
            }
        });
        await operation();
        await stop.CancelAsync();
        await sampler;
        return peak - baseline;
    }
}

using System.Diagnostics;

namespace MerchantDesk.Benchmarks;

/// <summary>The median time of an operation over several runs, and what one run cost the store.</summary>
public sealed record Measurement(double MedianMilliseconds, StorageCost Cost);

public static class Measure
{
    public const int DefaultRuns = 21;
    private const int WarmUps = 3;

    /// <summary>
    /// Times <paramref name="app"/> and <paramref name="bare"/> in turns, run after run, so that whatever else the
    /// machine does meanwhile weighs on both alike.
    /// </summary>
    public static async Task<(Measurement App, Measurement Bare)> AlternatelyAsync(
        StorageMeter meter,
        Func<Task> app,
        Func<Task> bare,
        int runs = DefaultRuns)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await app();
            await bare();
        }

        var (appRuns, bareRuns) = (new TimedRuns(meter), new TimedRuns(meter));
        for (var i = 0; i < runs; i++)
        {
            await appRuns.TimeAsync(app);
            await bareRuns.TimeAsync(bare);
        }

        return (appRuns.Result(), bareRuns.Result());
    }

    /// <summary>
    /// The most memory that stays in use while <paramref name="operation"/> runs, above what was in use before:
    /// a sampler collects garbage and reads what is left, so only what the operation holds on to counts.
    /// </summary>
    public static async Task<long> PeakLiveMemoryAsync(Func<Task> operation)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(20);
            }
        });
        await operation();
        await stop.CancelAsync();
        await sampler;
        return peak - baseline;
    }

    // One operation's runs: each one's time, and the store's cost over all of them.
    private sealed class TimedRuns(StorageMeter meter)
    {
        private readonly List<double> _times = [];
        private StorageCost _cost;

        public async Task TimeAsync(Func<Task> operation)
        {
            var before = meter.Read();
            var watch = Stopwatch.StartNew();
            await operation();
            _times.Add(watch.Elapsed.TotalMilliseconds);
            _cost = _cost + (meter.Read() - before);
        }

        public Measurement Result()
        {
            _times.Sort();
            var runs = _times.Count;
            return new Measurement(_times[runs / 2], new StorageCost(_cost.RoundTrips / runs, _cost.Entities / runs));
        }
    }
}

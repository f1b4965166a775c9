namespace MerchantDesk.Benchmarks;

/// <summary>One operation at one size: the app's run, the bare query's, and for an export its peak memory.</summary>
public sealed record BenchmarkRow(
    string Operation,
    int Size,
    Measurement App,
    Measurement Bare,
    long? PeakMemoryBytes = null)
{
    public double Ratio => App.MedianMilliseconds / Bare.MedianMilliseconds;
}

/// <summary>Prints the rows and what they show against the targets.</summary>
public sealed class BenchmarkReport(TextWriter output)
{
    private const double RatioTarget = 1.5;

    public void Print(IReadOnlyList<BenchmarkRow> rows, int smallSize, int largeSize)
    {
        output.WriteLine();
        output.WriteLine($"{"operation",-38} {"transactions",12} {"round trips",11} {"entities",9} "
            + $"{"app ms",8} {"bare ms",8} {"ratio",6}");
        foreach (var row in rows)
        {
            output.WriteLine(
                $"{row.Operation,-38} {row.Size,12:N0} {row.App.Cost.RoundTrips,11} {row.App.Cost.Entities,9} "
                + $"{row.App.MedianMilliseconds,8:F1} {row.Bare.MedianMilliseconds,8:F1} {row.Ratio,6:F2}"
                + (row.PeakMemoryBytes is { } peak ? $"   peak memory {peak / 1024.0 / 1024.0:F1} MB" : ""));
        }

        output.WriteLine();
        PrintTargets(rows, smallSize, largeSize);
    }

    private void PrintTargets(IReadOnlyList<BenchmarkRow> rows, int smallSize, int largeSize)
    {
        var pages = rows.Where(r => r.PeakMemoryBytes is null).ToList();
        var changed = pages
            .GroupBy(r => r.Operation)
            .Where(g => g.Select(r => r.App.Cost).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();
        output.WriteLine(changed.Count == 0
            ? $"Round trips and entities read: the same at {smallSize:N0} and {largeSize:N0} for every page and search."
            : "Round trips or entities read grew with size for: " + string.Join(", ", changed));
        var worst = rows.MaxBy(r => r.Ratio)!;
        output.WriteLine(
            $"Slowest against its bare query: {worst.Operation} at {worst.Size:N0}, {worst.Ratio:F2}× "
            + $"(target at most {RatioTarget}×; {rows.Count(r => r.Ratio > RatioTarget)} over).");
        var exports = rows.Where(r => r.PeakMemoryBytes is not null).ToList();
        output.WriteLine("Export peak memory: " + string.Join(", ", exports.Select(r =>
            $"{r.PeakMemoryBytes / 1024.0 / 1024.0:F1} MB for {r.Size:N0} rows")));
    }
}

using System.Diagnostics;
using Azure.Data.Tables;
using MerchantDesk.Hosting;
using MerchantDesk.Payments;
using MerchantDesk.Registers;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using static MerchantDesk.Benchmarks.TransactionsSeed;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// A site's daily register at two sizes of one day: the app's <see cref="RegisterBuilder"/> (stream the day into a
/// CSV blob, zip it past the size limit) against the bare range query of the same day, in the same run, and the
/// most memory the build keeps live.
/// </summary>
public sealed class RegistersBenchmark(BenchmarkApp app, TextWriter output)
{
    private const int ActionsPerBatch = 100;
    private static readonly DateOnly Day = new(2026, 11, 30);

    private readonly TableClient _ledger = app.Get<StorageAccount>().Table(LedgerTable.Name);
    private readonly RegisterBuilder _builder = app.Get<RegisterBuilder>();
    private readonly MerchantCalendar _calendar = app.Get<MerchantCalendar>();

    public async Task RunAsync(int smallSize, int largeSize)
    {
        output.WriteLine($"{"transactions",12} {"seeded in",10} {"app rows/s",11} {"bare rows/s",12} {"ratio",6} "
            + $"{"peak live MB",13}");
        var seeded = 0;
        foreach (var size in new[] { smallSize, largeSize })
        {
            var watch = Stopwatch.StartNew();
            await SeedAsync(seeded, size, largeSize);
            var seedTime = watch.Elapsed;
            seeded = size;
            await MeasureAsync(size, seedTime);
        }
    }

    private async Task MeasureAsync(int size, TimeSpan seedTime)
    {
        var register = NewRegister();
        var (build, bare) = await Measure.AlternatelyAsync(
            app.Meter,
            () => _builder.BuildAsync(NewRegister(), default),
            () => BareDayAsync(register),
            runs: 3);
        var memory = await Measure.PeakLiveMemoryAsync(() => _builder.BuildAsync(NewRegister(), default));
        var (appRate, bareRate) = (size / build.MedianMilliseconds * 1000, size / bare.MedianMilliseconds * 1000);
        output.WriteLine(
            $"{size,12:N0} {seedTime.TotalSeconds,9:F0}s {appRate,11:N0} {bareRate,12:N0} {appRate / bareRate,6:F2} "
            + $"{memory / 1024.0 / 1024.0,13:F1}");
    }

    private static RegisterEntity NewRegister()
    {
        var site = new SiteEntity { PartitionKey = MerchantId, SiteId = SiteId, ServiceId = ServiceId, Name = "Bench" };
        return RegisterEntity.For(site, RegisterIds.OnDemand(Day), RegisterKind.OnDemand, Day, Day);
    }

    private async Task BareDayAsync(RegisterEntity register)
    {
        await foreach (var _ in _ledger.QueryAsync<TableEntity>(_builder.DayRangeFilter(register)))
        {
        }
    }

    // The day's transactions spread evenly over it, so both sizes fill the same day.
    private async Task SeedAsync(int from, int to, int capacity)
    {
        var start = _calendar.StartOf(Day);
        var step = TimeSpan.FromDays(1) / capacity;
        var rows = Enumerable.Range(from, to - from).Select(number => Transaction(number, start + step * number));
        await Parallel.ForEachAsync(
            rows.Chunk(ActionsPerBatch),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (batch, ct) => await _ledger.SubmitTransactionAsync(
                batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)),
                ct));
    }
}

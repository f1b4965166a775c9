using System.Globalization;
using MerchantDesk.Benchmarks;

// Run through tools/bench, which starts an Azurite of its own:
//   tools/bench transactions [--rows N] [--small N]
//   tools/bench registers [--rows N] [--small N]
//   tools/bench notifications [--events N]
const string Usage = "usage: tools/bench transactions [--rows N (default 5000)] [--small N (default 1000)]\n"
    + "       tools/bench registers [--rows N (default 100000)] [--small N (default 10000)]\n"
    + "       tools/bench notifications [--events N (default 2000)]";
var benchmark = args.FirstOrDefault() ?? "";
var (defaultSmall, defaultRows) = benchmark == "registers" ? (10_000, 100_000) : (1_000, 5_000);
var rows = Option("--rows", defaultRows);
var small = Option("--small", defaultSmall);
var events = Option("--events", 2_000);
if (benchmark is not ("transactions" or "registers" or "notifications") || small >= rows || events < 1)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

await using var app = await BenchmarkApp.StartAsync();
var run = benchmark switch
{
    "registers" => new RegistersBenchmark(app, Console.Out).RunAsync(small, rows),
    "notifications" => new NotificationsBenchmark(app, Console.Out).RunAsync(events),
    _ => new TransactionsBenchmark(app, Console.Out).RunAsync(small, rows),
};
await run;
return 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

using System.Globalization;
using MerchantDesk.Benchmarks;

// Run through tools/bench, which starts an Azurite of its own: `tools/bench transactions [--rows N]`.
var benchmark = args.FirstOrDefault() ?? "transactions";
var rows = Option("--rows", 5_000);
var small = Option("--small", 1_000);
if (benchmark != "transactions" || small >= rows)
{
    Console.Error.WriteLine("usage: tools/bench transactions [--rows N (default 5000)] [--small N (default 1000)]");
    return 2;
}

await using var app = await BenchmarkApp.StartAsync();
await new TransactionsBenchmark(app, Console.Out).RunAsync(small, rows);
return 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

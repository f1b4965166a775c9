using System.Globalization;
using MerchantDesk.Benchmarks;

// Run through tools/bench, which starts an Azurite of its own: `tools/bench transactions|registers [--rows N]`.
var benchmark = args.FirstOrDefault() ?? "";
var (defaultSmall, defaultRows) = benchmark == "registers" ? (10_000, 100_000) : (1_000, 5_000);
var rows = Option("--rows", defaultRows);
var small = Option("--small", defaultSmall);
if (benchmark is not ("transactions" or "registers") || small >= rows)
{
    Console.Error.WriteLine("usage: tools/bench transactions|registers [--rows N] [--small N]");
    Console.Error.WriteLine("  transactions: 1,000 then 5,000 transactions; registers: a day of 10,000 then 100,000");
    return 2;
}

await using var app = await BenchmarkApp.StartAsync();
if (benchmark == "registers")
{
    await new RegistersBenchmark(app, Console.Out).RunAsync(small, rows);
}
else
{
    await new TransactionsBenchmark(app, Console.Out).RunAsync(small, rows);
}

return 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

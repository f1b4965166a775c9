using System.Diagnostics;
using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Accounts;
using MerchantDesk.Storage;
using MerchantDesk.Transactions;
using MerchantDesk.Transactions.Index;
using MerchantDesk.Transactions.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static MerchantDesk.Benchmarks.TransactionsSeed;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// The Transactions tab at two sizes of one service: a page of the list, a page of one site, a filtered page, a
/// search by each attribute, and a CSV export of every row. Each runs through the app's own
/// <see cref="TransactionList"/> and as the bare table query of the same shape, in the same run.
/// </summary>
public sealed class TransactionsBenchmark(BenchmarkApp app, TextWriter output)
{
    private const int PageSize = 50;
    private static readonly ProfileCaller Caller = new(MerchantId, "usr_bench", "bench@shop.example", Role.Manager, "");

    private readonly TableClient _index = app.Get<TransactionIndex>().Table;
    private readonly TransactionList _list = app.Get<TransactionList>();

    public async Task RunAsync(int smallSize, int largeSize)
    {
        var seed = new TransactionsSeed(_index, app.Get<StorageAccount>().Table(MerchantTable.Name));
        await seed.AddServiceAsync();
        var results = new List<BenchmarkRow>();
        var seeded = 0;
        foreach (var size in new[] { smallSize, largeSize })
        {
            var watch = Stopwatch.StartNew();
            await seed.AddAsync(seeded, size);
            output.WriteLine($"Seeded {size - seeded:N0} transactions in {watch.Elapsed.TotalSeconds:F0} s");
            seeded = size;
            results.AddRange(await MeasureAsync(size));
        }

        new BenchmarkReport(output).Print(results, smallSize, largeSize);
    }

    private async Task<List<BenchmarkRow>> MeasureAsync(int size)
    {
        var rows = new List<BenchmarkRow>();
        foreach (var (name, query) in Pages())
        {
            var (appRun, bareRun) = await Measure.AlternatelyAsync(
                app.Meter,
                () => PageAsync(query),
                () => BarePageAsync(query));
            rows.Add(new BenchmarkRow(name, size, appRun, bareRun));
        }

        var all = new TransactionQuery(ServiceId);
        var (export, bareExport) = await Measure.AlternatelyAsync(
            app.Meter,
            () => ExportAsync(all),
            () => BareExportAsync(all),
            runs: 3);
        var memory = await Measure.PeakLiveMemoryAsync(() => ExportAsync(all));
        rows.Add(new BenchmarkRow("CSV export, all rows", size, export, bareExport, memory));
        return rows;
    }

    private static IEnumerable<(string Name, TransactionQuery Query)> Pages()
    {
        yield return ("list page", new TransactionQuery(ServiceId));
        yield return ("site page", new TransactionQuery(ServiceId, SiteId));
        yield return ("filtered page", new TransactionQuery(
            ServiceId,
            Kind: TransactionKind.Payment,
            Status: TransactionStatus.Successful,
            AmountFrom: 200,
            AmountTo: 800));
        foreach (var (attribute, value) in Searches())
        {
            var term = new SearchTerm(attribute, SearchValues.Normalize(attribute, value));
            yield return ($"search {attribute} {value}", new TransactionQuery(ServiceId, Search: term));
        }
    }

    private static IEnumerable<(SearchAttribute, string)> Searches() =>
    [
        (SearchAttribute.TransactionId, NeedleId(3)),
        (SearchAttribute.InvoiceId, NeedleInvoice),
        (SearchAttribute.AuthCode, NeedleAuthCode),
        (SearchAttribute.CustomerName, NeedleName),
        (SearchAttribute.Email, NeedleEmail),
        (SearchAttribute.Phone, NeedlePhone),
        (SearchAttribute.CustomField, NeedleField),
        (SearchAttribute.CardNumber, NeedleFirst6),
        (SearchAttribute.CardNumber, "*" + NeedleLast4),
        (SearchAttribute.CardNumber, NeedleFirst6 + "*" + NeedleLast4),
    ];

    private Task<TransactionPage> PageAsync(TransactionQuery query) =>
        _list.PageAsync(Caller, query, new PageRequest(PageSize, null, query.Key), default);

    private async Task BarePageAsync(TransactionQuery query)
    {
        await foreach (var _ in _index.QueryAsync<TableEntity>(query.Filter(), PageSize).AsPages(null, PageSize))
        {
            return;
        }
    }

    private async Task ExportAsync(TransactionQuery query)
    {
        var csv = await _list.ExportAsync(Caller, query, default);
        var http = new DefaultHttpContext { Response = { Body = Stream.Null } };
        await csv.ExecuteResultAsync(new ActionContext { HttpContext = http });
    }

    private async Task BareExportAsync(TransactionQuery query)
    {
        await foreach (var _ in _index.QueryAsync<TableEntity>(query.Filter()))
        {
        }
    }
}

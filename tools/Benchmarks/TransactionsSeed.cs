using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using MerchantDesk.Accounts;
using MerchantDesk.Api;
using MerchantDesk.Payments;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using MerchantDesk.Transactions;
using MerchantDesk.Transactions.Index;

namespace MerchantDesk.Benchmarks;

/// <summary>
/// Fills one service's index in bulk with the rows the app itself writes for each transaction (every key of
/// <see cref="TransactionIndexKeys.For"/> and the projection's head), without going through the ledger and its
/// event queue. Every transaction has its own customer, card and ids, except a few "needles" that each search
/// looks for, so a search finds the same few rows at any size.
/// </summary>
public sealed class TransactionsSeed(TableClient index, TableClient merchants)
{
    public const string MerchantId = "mrc_bench";
    public const string ServiceId = "svc_bench";
    public const string SiteId = "bench-site";
    public const int Needles = 5;
    private const int NeedleSpacing = 200;
    public const string NeedleEmail = "needle@shop.example";
    public const string NeedlePhone = "+79990000001";
    public const string NeedleName = "NEEDLE PERSON";
    public const string NeedleAuthCode = "NDL001";
    public const string NeedleInvoice = "needle-invoice";
    public const string NeedleField = "needle-field";
    public const string NeedleFirst6 = "220070";
    public const string NeedleLast4 = "9999";

    private const int ActionsPerBatch = 100;
    private const int ConcurrentBatches = 4;
    private static readonly DateTimeOffset Newest = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static string NeedleId(int needle) => "needle-" + needle.ToString(CultureInfo.InvariantCulture);

    public async Task AddServiceAsync()
    {
        await merchants.UpsertEntityAsync(new ServiceEntity
        {
            PartitionKey = MerchantId,
            RowKey = MerchantTable.ServiceRow(ServiceId),
            ServiceId = ServiceId,
            Name = "Benchmark shop",
        });
        await merchants.UpsertEntityAsync(new SiteEntity
        {
            PartitionKey = MerchantId,
            RowKey = MerchantTable.SiteRow(SiteId),
            SiteId = SiteId,
            ServiceId = ServiceId,
            Name = "Benchmark site",
        });
    }

    /// <summary>Adds transactions number <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public async Task AddAsync(int from, int to)
    {
        var batches = Batches(from, to);
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentBatches },
            async (batch, ct) => await index.SubmitTransactionAsync(batch, ct));
    }

    private static IEnumerable<List<TableTransactionAction>> Batches(int from, int to)
    {
        var batch = new List<TableTransactionAction>();
        for (var number = from; number < to; number++)
        {
            var rows = RowsOf(Transaction(number, Newest.AddSeconds(-number))).ToList();
            if (batch.Count + rows.Count > ActionsPerBatch)
            {
                yield return batch;
                batch = [];
            }

            batch.AddRange(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static IEnumerable<ITableEntity> RowsOf(TransactionEntity row)
    {
        var keys = TransactionIndexKeys.For(row).ToList();
        foreach (var key in keys)
        {
            yield return row.CopyAs(ServiceId, key);
        }

        yield return new ProjectionHead
        {
            PartitionKey = ServiceId,
            RowKey = TransactionIndexKeys.Head(SiteId, row.RowKey),
            Version = "seeded",
            RowKeys = string.Join('\n', keys),
        };
    }

    /// <summary>Transaction number <paramref name="number"/> of the site, as its ledger row.</summary>
    // The needles are among the first transactions, so every size has the same ones.
    public static TransactionEntity Transaction(int number, DateTimeOffset at)
    {
        var needle = number < Needles * NeedleSpacing && number % NeedleSpacing == 0;
        var id = needle ? NeedleId(number / NeedleSpacing) : "pay-" + number.ToString(CultureInfo.InvariantCulture);
        var amount = 100m + number % 900;
        return new TransactionEntity
        {
            PartitionKey = SiteId,
            RowKey = LedgerTable.TransactionRow(at, id),
            TransactionId = id,
            PaymentId = id,
            Kind = number % 10 == 9 ? TransactionKind.Refund : TransactionKind.Payment,
            Status = number % 20 == 7 ? TransactionStatus.Declined : TransactionStatus.Successful,
            MerchantId = MerchantId,
            SiteId = SiteId,
            BillId = needle ? NeedleInvoice : "order-" + number.ToString(CultureInfo.InvariantCulture),
            AmountValue = amount.ToString("F2", CultureInfo.InvariantCulture),
            AmountInTenThousandths = TransactionRows.InTenThousandths(amount),
            Currency = "RUB",
            CardFirst6 = needle ? NeedleFirst6 : "411111",
            CardLast4 = needle ? NeedleLast4 : (number % 9000).ToString("D4", CultureInfo.InvariantCulture),
            CardBrand = "Visa",
            AuthCode = needle ? NeedleAuthCode : "A" + number.ToString("D5", CultureInfo.InvariantCulture),
            Rrn = number.ToString("D12", CultureInfo.InvariantCulture),
            CustomerName = needle ? NeedleName : "CUSTOMER " + number.ToString(CultureInfo.InvariantCulture),
            CustomerEmail = needle ? NeedleEmail : $"customer{number}@shop.example",
            CustomerPhone = needle ? NeedlePhone : "+7999" + number.ToString("D7", CultureInfo.InvariantCulture),
            CustomFields = JsonSerializer.Serialize(
                new Dictionary<string, string> { ["order"] = needle ? NeedleField : "field-" + number },
                MerchantDeskJson.Options),
            CreatedAt = at,
        };
    }
}

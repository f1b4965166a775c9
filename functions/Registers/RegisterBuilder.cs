using System.IO.Compression;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using MerchantDesk.Payments;
using MerchantDesk.Storage;
using MerchantDesk.Transactions;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Registers;

/// <summary>
/// Builds a register's file: the site's transactions of its days, one range query of the site's ledger partition
/// streamed into a CSV blob as it is read, so memory stays flat however many rows a day has. A CSV past
/// <see cref="RegistersOptions.ZipAboveBytes"/> is then streamed into a zip and only the zip is kept.
/// </summary>
public sealed class RegisterBuilder(
    StorageAccount storage,
    MerchantCalendar calendar,
    RegisterColumns columns,
    IOptions<RegistersOptions> options,
    TimeProvider clock)
{
    public const string ContainerName = "registers";

    private BlobContainerClient Container => storage.Container(ContainerName);

    /// <summary>
    /// Writes the file and sets the register's rows, size, blob and build time; set its recipients first.
    /// </summary>
    public async Task BuildAsync(RegisterEntity register, CancellationToken cancellationToken)
    {
        var csv = Container.GetBlobClient($"{register.SiteId}/{register.RegisterId}.csv");
        var rows = new StrongBox<int>();
        await using (var stream = await csv.OpenWriteAsync(overwrite: true, cancellationToken: cancellationToken))
        {
            var lines = RowsAsync(register, rows, cancellationToken);
            await CsvResult.WriteAsync(stream, RegisterColumns.Header, lines, cancellationToken);
        }

        var bytes = (await csv.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        (register.Rows, register.BlobName, register.Bytes, register.Zipped) = (rows.Value, csv.Name, bytes, false);
        if (bytes > options.Value.ZipAboveBytes)
        {
            await ZipAsync(register, csv, cancellationToken);
        }

        // An empty day mails nobody when the setting says so; the register is still kept, and shows as not mailed.
        if (register.Rows == 0 && !options.Value.MailEmptyDays)
        {
            register.Recipients = "";
        }

        register.BuiltAt = clock.GetUtcNow();
    }

    /// <summary>The register's stored file, as it is to be downloaded or attached.</summary>
    public BlobClient FileOf(RegisterEntity register) => Container.GetBlobClient(register.BlobName);

    private async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(
        RegisterEntity register,
        StrongBox<int> count,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ledger = storage.Table(LedgerTable.Name);
        await foreach (var row in ledger.QueryAsync<TransactionEntity>(
            DayRangeFilter(register),
            cancellationToken: cancellationToken))
        {
            count.Value++;
            yield return columns.Of(row);
        }
    }

    /// <summary>The register's days as one key range of the site's ledger partition.</summary>
    // Transaction keys sort newest first, so the range runs from the end of the last day back to the first's start:
    // a key made a tick before a moment sorts just after every key of that moment.
    public string DayRangeFilter(RegisterEntity register)
    {
        var start = calendar.StartOf(register.FirstDay);
        var end = calendar.StartOf(register.LastDay.AddDays(1));
        var first = LedgerTable.TransactionPrefix + Keys.NewestFirst(end.AddTicks(-1));
        var afterLast = LedgerTable.TransactionPrefix + Keys.NewestFirst(start.AddTicks(-1));
        return TableClient.CreateQueryFilter(
            $"PartitionKey eq {register.SiteId} and RowKey ge {first} and RowKey lt {afterLast}");
    }

    private async Task ZipAsync(RegisterEntity register, BlobClient csv, CancellationToken cancellationToken)
    {
        var zip = Container.GetBlobClient($"{register.SiteId}/{register.RegisterId}.zip");
        await using (var target = await zip.OpenWriteAsync(overwrite: true, cancellationToken: cancellationToken))
        await using (var archive = await ZipArchive.CreateAsync(
            target,
            ZipArchiveMode.Create,
            leaveOpen: true,
            entryNameEncoding: null,
            cancellationToken))
        await using (var source = await csv.OpenReadAsync(cancellationToken: cancellationToken))
        {
            var entry = archive.CreateEntry(Path.ChangeExtension(register.FileName, ".csv"), CompressionLevel.Optimal);
            await using var content = await entry.OpenAsync(cancellationToken);
            await source.CopyToAsync(content, cancellationToken);
        }

        await csv.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        var bytes = (await zip.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        (register.BlobName, register.Bytes, register.Zipped) = (zip.Name, bytes, true);
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MerchantDesk.Api;

/// <summary>
/// A CSV download written row by row as its rows arrive, so a file of any length streams in bounded memory.
/// UTF-8 with a byte order mark (spreadsheets then read Cyrillic names right), comma-separated, RFC 4180 quoting.
/// </summary>
public sealed class CsvResult(
    string fileName,
    IReadOnlyList<string> header,
    IAsyncEnumerable<IReadOnlyList<string?>> rows) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
        }.ToString();
        await WriteAsync(response.Body, header, rows, context.HttpContext.RequestAborted);
    }

    /// <summary>Writes the header and every row to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(
        Stream stream,
        IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(true), 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(CsvLine.Of(header));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(CsvLine.Of(row));
        }
    }
}

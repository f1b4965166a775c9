using Azure.Data.Tables;
using MerchantDesk.Invoices.Index;
using MerchantDesk.Storage;

namespace MerchantDesk.Invoices;

/// <summary>
/// What the Invoices tab asks for: a service's invoices, optionally one site's, optionally of one status. It is
/// one range query of the service's index partition: the site picks the key prefix, the status filters within it.
/// </summary>
public sealed record InvoiceQuery(string ServiceId, string? SiteId = null, InvoiceStatus? Status = null)
{
    /// <summary>Everything that shapes the query, so a page token stays with it.</summary>
    public string Key => string.Join('\n', ServiceId, SiteId, Status);

    /// <summary>
    /// The filter as of <paramref name="now"/>. Expiry changes nothing stored, so the payable statuses and Expired
    /// compare the expiry with the clock; a page token carries on with the clock of the page that reads it.
    /// </summary>
    public string Filter(DateTimeOffset now)
    {
        var prefix = SiteId is null ? InvoiceIndexKeys.AllPrefix : InvoiceIndexKeys.SitePrefix(SiteId);
        var end = PrefixQueries.EndOf(prefix);
        var range = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ServiceId} and RowKey ge {prefix} and RowKey lt {end}");
        return Status is { } status ? range + " and " + StatusFilter(status, now) : range;
    }

    private static string StatusFilter(InvoiceStatus status, DateTimeOffset now)
    {
        const InvoiceStatus Awaiting = InvoiceStatus.AwaitingPayment;
        const InvoiceStatus InProcess = InvoiceStatus.InProcessOfPayment;
        return status switch
        {
            InvoiceStatus.Expired => TableClient.CreateQueryFilter(
                $"(Status eq {Awaiting.ToString()} or Status eq {InProcess.ToString()}) and ExpiresAt le {now}"),
            _ when InvoiceStatuses.IsPayable(status) => TableClient.CreateQueryFilter(
                $"Status eq {status.ToString()} and ExpiresAt gt {now}"),
            _ => TableClient.CreateQueryFilter($"Status eq {status.ToString()}"),
        };
    }
}

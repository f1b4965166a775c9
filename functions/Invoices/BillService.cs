using System.Text.Json;
using Azure.Data.Tables;
using MerchantDesk.Api;
using MerchantDesk.Events;
using MerchantDesk.Payments;
using MerchantDesk.Protocol;
using MerchantDesk.Storage;

namespace MerchantDesk.Invoices;

/// <summary>Issues, reads and rejects bills. Issuing is idempotent per bill id: same request, same bill.</summary>
public sealed class BillService(StorageAccount storage, LedgerEvents events, TimeProvider clock)
{
    private TableClient Ledger => storage.Table(LedgerTable.Name);

    public async Task<BillEntity> IssueAsync(
        string merchantId,
        string siteId,
        NewBill request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        BillRules.Check(request, now);
        var bill = NewEntity(merchantId, siteId, request, now);
        var created = new TableTransactionAction(TableTransactionActionType.Add, bill);
        if (!await events.TryCommitAsync([created], [LedgerEventEntity.Of(bill)], cancellationToken))
        {
            bill = await GetAsync(siteId, request.BillId, cancellationToken);
            if (bill.RequestFingerprint != Fingerprint(request))
            {
                throw ApiException.Conflict(
                    "api.invoice.already.exists",
                    $"Bill '{request.BillId}' exists with other details; use a new billId.");
            }
        }

        if (bill.CreationError is null)
        {
            await LinkPayKeyAsync(bill, cancellationToken);
        }

        return bill;
    }

    public async Task<BillEntity> GetAsync(string siteId, string billId, CancellationToken cancellationToken) =>
        await FindAsync(siteId, billId, cancellationToken) ?? throw NotFound(billId);

    public async Task<BillEntity?> FindAsync(string siteId, string billId, CancellationToken cancellationToken)
    {
        var found = await Ledger.GetEntityIfExistsAsync<BillEntity>(
            siteId,
            LedgerTable.BillRow(billId),
            cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The bill behind a pay URL's key, or null.</summary>
    public async Task<BillEntity?> FindByPayKeyAsync(string payKey, CancellationToken cancellationToken)
    {
        var link = await storage.Table(PayLinkEntity.TableName).GetEntityIfExistsAsync<PayLinkEntity>(
            payKey,
            PayLinkEntity.Row,
            cancellationToken: cancellationToken);
        return link.HasValue && link.Value is { } found
            ? await FindAsync(found.SiteId, found.BillId, cancellationToken)
            : null;
    }

    /// <summary>Cancels a waiting bill; rejecting a rejected bill again answers it as it is.</summary>
    public async Task<BillEntity> RejectAsync(string siteId, string billId, CancellationToken cancellationToken)
    {
        LedgerEventEntity? announced = null;
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var bill = await GetAsync(siteId, billId, cancellationToken);
            if (!Reject(bill, clock.GetUtcNow()))
            {
                return bill;
            }

            var rejected = LedgerEventEntity.Of(bill).Retrying(announced);
            var update = new TableTransactionAction(TableTransactionActionType.UpdateReplace, bill, bill.ETag);
            if (await events.TryCommitAsync([update], [rejected], cancellationToken))
            {
                return await GetAsync(siteId, billId, cancellationToken);
            }

            announced = rejected;
        }

        throw ApiException.Conflict("api.concurrent.update", "The bill changed too often; try again.");
    }

    public static ApiException NotFound(string billId) =>
        ApiException.NotFound("api.invoice.not.found", $"No bill '{billId}' on this site.");

    // True when the bill changed; a bill already rejected stays as it is.
    private static bool Reject(BillEntity bill, DateTimeOffset now)
    {
        var status = bill.StatusAt(now);
        if (status is BillStatus.Paid or BillStatus.Expired || bill.HeldByAnotherPayment("", now))
        {
            throw ApiException.Conflict(
                "api.invoice.not.rejectable",
                $"The bill is {status.ToString().ToUpperInvariant()} or being paid and cannot be rejected.");
        }

        if (status != BillStatus.Waiting)
        {
            return false;
        }

        (bill.Status, bill.StatusChangedAt) = (BillStatus.Rejected, now);
        return true;
    }

    private static BillEntity NewEntity(string merchantId, string siteId, NewBill request, DateTimeOffset now) => new()
    {
        PartitionKey = siteId,
        RowKey = LedgerTable.BillRow(request.BillId),
        BillId = request.BillId,
        MerchantId = merchantId,
        AmountValue = request.Amount.ToString(),
        Currency = request.Amount.Currency,
        Status = request.CreationError is null ? BillStatus.Waiting : BillStatus.Rejected,
        StatusChangedAt = now,
        Comment = request.Comment,
        CustomerEmail = request.Customer?.Email?.Trim().ToLowerInvariant(),
        CustomerPhone = BillRules.NormalizePhone(request.Customer?.Phone),
        CustomerAccount = request.Customer?.Account,
        CustomFields = request.CustomFields is null ? null : JsonSerializer.Serialize(request.CustomFields),
        Flags = string.Join(',', request.Flags ?? []),
        Origin = request.Origin,
        SuccessUrl = request.SuccessUrl,
        CreatedAt = now,
        ExpiresAt = request.ExpiresAt ?? now + (request.Lifetime ?? BillRules.DefaultLifetime),
        PayKey = request.CreationError is null ? Keys.NewUnguessableId("pay") : "",
        RequestFingerprint = Fingerprint(request),
        CreationError = request.CreationError,
    };

    // The pay link is written after the bill, so a retried request that finds the bill completes it.
    private async Task LinkPayKeyAsync(BillEntity bill, CancellationToken cancellationToken)
    {
        var link = new PayLinkEntity { PartitionKey = bill.PayKey, SiteId = bill.SiteId, BillId = bill.BillId };
        await storage.Table(PayLinkEntity.TableName).UpsertEntityAsync(
            link,
            TableUpdateMode.Replace,
            cancellationToken);
    }

    private static string Fingerprint(NewBill request) =>
        RequestFingerprint.Of(request with { CustomFields = RequestFingerprint.Sorted(request.CustomFields) });
}

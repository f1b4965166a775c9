using System.Text.Json;
using Azure;
using MerchantDesk.Events;
using MerchantDesk.Payments;

namespace MerchantDesk.Tests.Events;

public sealed class LedgerSnapshotTests
{
    [Fact]
    public void Snapshot_ReadsBackAsTheStoredEntity_WithoutETagTimestampOrComputedProperties()
    {
        var refund = new OperationEntity
        {
            PartitionKey = "site_1",
            RowKey = "ref|p|r",
            ETag = new ETag("W/\"1\""),
            Timestamp = DateTimeOffset.UnixEpoch,
            OperationId = "r",
            PaymentId = "p",
            AmountValue = "5.00",
            Currency = "RUB",
            Status = OperationStatus.Completed,
            Reason = "Broken",
        };

        var snapshot = LedgerSnapshot.Write(refund);
        var read = LedgerSnapshot.Read<OperationEntity>(snapshot);

        var names = JsonDocument.Parse(snapshot).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain("eTag", names);
        Assert.DoesNotContain("timestamp", names);
        Assert.DoesNotContain("amount", names);
        Assert.Equal(
            (refund.PartitionKey, refund.RowKey, refund.AmountValue, refund.Status, refund.Reason),
            (read.PartitionKey, read.RowKey, read.AmountValue, read.Status, read.Reason));
        Assert.Equal(default, read.ETag);
    }

    [Fact]
    public void Retrying_KeepsTheEarlierAttemptsId()
    {
        var payment = new PaymentEntity { PartitionKey = "site_1", PaymentId = "p", MerchantId = "m" };
        var first = LedgerEventEntity.Of(payment);

        var second = LedgerEventEntity.Of(payment).Retrying(first);

        Assert.Equal((first.EventId, first.RowKey), (second.EventId, second.RowKey));
        Assert.NotEqual(first.EventId, LedgerEventEntity.Of(payment).EventId);
    }
}

namespace LocalRunner.Tests.Fixtures;

public sealed record OrderPlaced(string OrderId, decimal Amount);

/// <summary>Queue fixture functions.</summary>
public sealed class OrderFunctions(Calls calls)
{
    public Task RecordAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        calls.Record(order);
        return Task.CompletedTask;
    }

    public void Reject(string message)
    {
        calls.Record(message);
        throw new InvalidOperationException("this message always fails");
    }
}

using Microsoft.Azure.Functions.Worker;

namespace LocalRunner.Tests.Fixtures;

/// <summary>Timer fixture functions.</summary>
public sealed class ClockFunctions(Calls calls)
{
    public void Tick(TimerInfo timer, CancellationToken cancellationToken)
    {
        calls.Record(timer);
    }
}

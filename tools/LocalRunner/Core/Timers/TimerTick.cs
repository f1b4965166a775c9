using Microsoft.Azure.Functions.Worker;

namespace LocalRunner.Timers;

/// <summary>One firing of a timer and the token that ends with the host.</summary>
internal sealed record TimerTick(TimerInfo Info, CancellationToken Cancellation);

namespace LocalRunner.Queues;

/// <summary>Polls again at once while messages come, and doubles the pause up to a ceiling while none do.</summary>
internal sealed class PollingBackoff(TimeSpan maximum)
{
    private static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    private TimeSpan _pause = Minimum;

    public Task WaitAsync(bool received, CancellationToken cancellationToken)
    {
        if (received)
        {
            _pause = Minimum;
            return Task.CompletedTask;
        }

        var pause = _pause < maximum ? _pause : maximum;
        _pause = pause * 2;
        return Task.Delay(pause, cancellationToken);
    }
}

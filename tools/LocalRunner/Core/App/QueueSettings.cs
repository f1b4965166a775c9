namespace LocalRunner.App;

/// <summary>host.json <c>extensions.queues</c>, with the storage extension's defaults.</summary>
internal sealed class QueueSettings
{
    public int BatchSize { get; init; } = 16;

    public int? NewBatchThreshold { get; init; }

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public int MaxDequeueCount { get; init; } = 5;

    public string MessageEncoding { get; init; } = "base64";

    /// <summary>The extension's default scales with the cores: half a batch per core.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2 * Environment.ProcessorCount;

    public bool IsBase64 => MessageEncoding.Equals("base64", StringComparison.OrdinalIgnoreCase);

    public void Validate()
    {
        if (BatchSize is < 1 or > 32)
        {
            throw new RunnerSetupException($"host.json queues.batchSize must be 1 to 32, not {BatchSize}");
        }

        if (!IsBase64 && !MessageEncoding.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            throw new RunnerSetupException(
                $"host.json queues.messageEncoding must be 'base64' or 'none', not '{MessageEncoding}'");
        }
    }
}

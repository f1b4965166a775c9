using System.Threading.Channels;

namespace LocalRunner.Tests.Fixtures;

/// <summary>What fixture functions were called with, in order; every wait gives up after a few seconds.</summary>
public sealed class Calls
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Channel<object?> _arguments = Channel.CreateUnbounded<object?>();
    private int _count;

    public int Count => _count;

    public void Record(object? argument)
    {
        Interlocked.Increment(ref _count);
        _arguments.Writer.TryWrite(argument);
    }

    public async Task<object?> NextAsync()
    {
        return await _arguments.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
    }
}

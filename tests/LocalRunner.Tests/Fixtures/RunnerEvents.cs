namespace LocalRunner.Tests.Fixtures;

/// <summary>The runner's log event ids; they are part of its contract with developers and tests.</summary>
internal static class RunnerEvents
{
    public const int Listening = 1;
    public const int FunctionMapped = 2;
    public const int InvocationFailed = 3;
    public const int MessageMovedToPoison = 4;
    public const int TimerFired = 5;
}

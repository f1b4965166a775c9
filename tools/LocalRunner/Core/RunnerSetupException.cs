namespace LocalRunner;

/// <summary>
/// The app cannot be hosted as it stands: a missing file or setting, or a function the runner cannot bind.
/// The message names what to fix; the runner prints it instead of a stack trace.
/// </summary>
public sealed class RunnerSetupException : Exception
{
    public RunnerSetupException()
    {
    }

    public RunnerSetupException(string message)
        : base(message)
    {
    }

    public RunnerSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace LocalRunner.App;

/// <summary>One entry of <c>functions.metadata</c>, as the Worker SDK writes it.</summary>
internal sealed record FunctionMetadata(
    string Name,
    string ScriptFile,
    string EntryPoint,
    IReadOnlyList<BindingMetadata> Bindings);

/// <summary>One binding of a function; only the fields of the triggers the runner serves.</summary>
internal sealed record BindingMetadata(
    string Name,
    string Type,
    string Direction,
    string? AuthLevel = null,
    IReadOnlyList<string>? Methods = null,
    string? Route = null,
    string? QueueName = null,
    string? Connection = null,
    string? Schedule = null,
    bool RunOnStartup = false)
{
    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    public bool IsHttpReturn => Name == "$return" && Type.Equals("http", StringComparison.OrdinalIgnoreCase);
}

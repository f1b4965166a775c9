namespace LocalRunner;

/// <summary><c>--seed-demo FILE</c>: create the demo merchant if missing and write its logins to FILE.</summary>
internal static class DemoSeedArgument
{
    private const string Name = "--seed-demo";

    public static (string[] RunnerArguments, string? DemoFile) Split(string[] args)
    {
        var at = Array.IndexOf(args, Name);
        if (at < 0)
        {
            return (args, null);
        }

        if (at + 1 >= args.Length)
        {
            throw new RunnerSetupException($"{Name} needs a file name");
        }

        return ([.. args[..at], .. args[(at + 2)..]], Path.GetFullPath(args[at + 1]));
    }
}

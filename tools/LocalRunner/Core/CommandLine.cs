using System.Globalization;

namespace LocalRunner;

/// <summary>The runner's few <c>--name value</c> options; anything else is refused with the usage.</summary>
internal static class CommandLine
{
    public const string Usage = "usage: LocalRunner [--app <folder with functions.metadata>] [--port <port>] "
        + "[--settings <local.settings.json>]";

    private static readonly string[] Names = ["app", "port", "settings"];

    public static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !Names.Contains(name) || i + 1 >= args.Count)
            {
                throw new RunnerSetupException($"unexpected argument '{args[i]}'; {Usage}");
            }

            values[name] = args[i + 1];
        }

        return values;
    }

    public static int ParsePort(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new RunnerSetupException($"--port must be a number from 0 to 65535, not '{text}'");
        }

        return port;
    }
}

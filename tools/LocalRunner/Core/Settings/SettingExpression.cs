using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Settings;

/// <summary>Resolves <c>%Name%</c> in a binding value from settings, as the Functions host does.</summary>
internal static partial class SettingExpression
{
    public static string Resolve(string value, IConfiguration configuration, string function)
    {
        return Placeholder().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            return configuration[name] ?? throw new RunnerSetupException(
                $"function '{function}' uses %{name}%, but setting '{name}' is not set");
        });
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Placeholder();
}

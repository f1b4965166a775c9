using System.Reflection;

namespace MerchantDesk.Tests.Support;

/// <summary>Finds files of the repository and of the app's own build output from a test's folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Functions app's build output, where the Worker SDK writes functions.metadata.</summary>
    public static string FunctionsOutput
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly
                .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(Root, "functions", "bin", configuration, "net10.0");
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MerchantDesk.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests inside the repository.");
    }
}

using System.Reflection;
using LocalRunner.App;

namespace LocalRunner.Functions;

/// <summary>Finds the method a metadata entry names, in the app assembly the runner already references.</summary>
internal static class EntryPoint
{
    public static MethodInfo Resolve(FunctionMetadata function)
    {
        var assembly = Load(function);
        var split = function.EntryPoint.LastIndexOf('.');
        var type = split > 0 ? assembly.GetType(function.EntryPoint[..split]) : null;
        var methods = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.Name == function.EntryPoint[(split + 1)..])
            .ToList();

        return methods is [var method]
            ? method
            : throw new RunnerSetupException(
                $"function '{function.Name}': entry point {function.EntryPoint} is not one public method "
                + $"in {assembly.GetName().Name}");
    }

    // Loading by name rather than from the metadata folder keeps one copy of the app's types: the copy
    // the runner was compiled against and registered services with.
    private static Assembly Load(FunctionMetadata function)
    {
        var name = Path.GetFileNameWithoutExtension(function.ScriptFile);
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException ex)
        {
            throw new RunnerSetupException(
                $"function '{function.Name}' is in {function.ScriptFile}, which the runner does not reference", ex);
        }
    }
}

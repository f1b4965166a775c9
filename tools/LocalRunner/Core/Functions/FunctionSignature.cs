using System.Reflection;

namespace LocalRunner.Functions;

/// <summary>Checks a method against what the runner can bind, so a gap shows at start, not on first call.</summary>
internal static class FunctionSignature
{
    /// <summary>
    /// Builds one argument source per parameter; <paramref name="bind"/> returns null for a parameter it cannot fill.
    /// </summary>
    public static FunctionInvoker<TInput> Bind<TInput>(
        string function,
        MethodInfo method,
        Func<ParameterInfo, Func<TInput, object?>?> bind,
        string supported)
    {
        var arguments = method.GetParameters()
            .Select(parameter => bind(parameter) ?? throw new RunnerSetupException(
                $"function '{function}': parameter '{parameter.Name}' of type {parameter.ParameterType.Name} "
                + $"is not supported by the local runner; it binds {supported}"))
            .ToList();

        return new FunctionInvoker<TInput>(method, arguments);
    }

    /// <summary>Refuses return types the runner would drop, such as output bindings.</summary>
    public static void RequireReturn(string function, MethodInfo method, Type? value)
    {
        var returned = method.ReturnType;
        var awaited = returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(Task<>)
            ? returned.GetGenericArguments()[0]
            : returned;
        var allowed = returned == typeof(void) || returned == typeof(Task)
            || (value is not null && value.IsAssignableFrom(awaited));
        if (!allowed)
        {
            throw new RunnerSetupException(
                $"function '{function}' returns {returned.Name}; the local runner supports void, Task"
                + (value is null ? string.Empty : $", {value.Name} and Task<{value.Name}>"));
        }
    }
}

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace LocalRunner.Functions;

/// <summary>
/// Calls one function method: a new instance from the invocation's services, as the Functions host
/// activates it, arguments from the trigger input, and the awaited return value.
/// </summary>
/// <typeparam name="TInput">What the trigger hands over: a request, a message or a timer tick.</typeparam>
internal sealed class FunctionInvoker<TInput>(MethodInfo method, IReadOnlyList<Func<TInput, object?>> arguments)
{
    private readonly PropertyInfo? _taskResult = method.ReturnType.IsGenericType
        && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetProperty(nameof(Task<object>.Result))
            : null;

    public async Task<object?> InvokeAsync(IServiceProvider services, TInput input)
    {
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var values = arguments.Select(argument => argument(input)).ToArray();

        var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, values, null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return _taskResult?.GetValue(task);
    }
}

using System.Reflection;
using LocalRunner.App;

namespace LocalRunner.Functions;

/// <summary>A metadata entry with its one trigger and the method it calls.</summary>
internal sealed record FunctionTarget(FunctionMetadata Function, BindingMetadata Trigger, MethodInfo Method);

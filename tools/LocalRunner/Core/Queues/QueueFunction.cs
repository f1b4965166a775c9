using System.Text.Json;
using Azure.Storage.Queues;
using LocalRunner.Functions;
using LocalRunner.Settings;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Queues;

/// <summary>A queue-triggered function: the queue it listens to and how it is called.</summary>
internal sealed record QueueFunction(
    string Name,
    QueueServiceClient Service,
    string QueueName,
    FunctionInvoker<QueueDelivery> Invoker)
{
    public static QueueFunction Create(FunctionTarget target, IConfiguration configuration, JsonSerializerOptions json)
    {
        var (function, trigger, method) = target;
        var queueName = SettingExpression.Resolve(
            trigger.QueueName ?? throw new RunnerSetupException($"function '{function.Name}' names no queue"),
            configuration,
            function.Name);
        var invoker = FunctionSignature.Bind<QueueDelivery>(
            function.Name,
            method,
            parameter => QueueArguments.For(parameter, trigger.Name, json),
            QueueArguments.Supported);
        FunctionSignature.RequireReturn(function.Name, method, value: null);

        var service = QueueConnection.Open(configuration, trigger.Connection, function.Name);
        return new QueueFunction(function.Name, service, queueName, invoker);
    }
}

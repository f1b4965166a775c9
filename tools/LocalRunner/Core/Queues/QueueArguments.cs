using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues.Models;

namespace LocalRunner.Queues;

/// <summary>
/// Where a queue function's parameters come from: the trigger parameter takes the message as text, bytes,
/// the message itself or a JSON-deserialized class; a <see cref="CancellationToken"/> ends with the host.
/// </summary>
internal static class QueueArguments
{
    public const string Supported =
        "the trigger parameter as string, BinaryData, byte[], QueueMessage or a JSON class, and CancellationToken";

    public static Func<QueueDelivery, object?>? For(
        ParameterInfo parameter,
        string trigger,
        JsonSerializerOptions json)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return delivery => delivery.Cancellation;
        }

        if (parameter.Name != trigger)
        {
            return null;
        }

        return type switch
        {
            _ when type == typeof(string) => delivery => delivery.Message.Body.ToString(),
            _ when type == typeof(BinaryData) => delivery => delivery.Message.Body,
            _ when type == typeof(byte[]) => delivery => delivery.Message.Body.ToArray(),
            _ when type == typeof(QueueMessage) => delivery => delivery.Message,
            _ => delivery => JsonSerializer.Deserialize(delivery.Message.Body.ToMemory().Span, type, json),
        };
    }
}

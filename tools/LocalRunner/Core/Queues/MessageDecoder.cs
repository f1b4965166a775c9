using Azure.Storage.Queues.Models;

namespace LocalRunner.Queues;

/// <summary>
/// Applies host.json <c>messageEncoding</c>. The runner receives raw text so that a poison message keeps
/// exactly what the sender wrote.
/// </summary>
internal static class MessageDecoder
{
    /// <exception cref="FormatException">The message is not Base64 though host.json says it is.</exception>
    public static QueueMessage Decode(QueueMessage message, bool base64)
    {
        if (!base64)
        {
            return message;
        }

        return QueuesModelFactory.QueueMessage(
            message.MessageId,
            message.PopReceipt,
            BinaryData.FromBytes(Convert.FromBase64String(message.Body.ToString())),
            message.DequeueCount,
            message.NextVisibleOn,
            message.InsertedOn,
            message.ExpiresOn);
    }
}

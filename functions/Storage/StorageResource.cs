namespace MerchantDesk.Storage;

/// <summary>A table, queue or blob container a feature needs; created at start when missing.</summary>
public sealed record StorageResource(StorageKind Kind, string Name)
{
    /// <summary>Where the host moves a queue's messages that keep failing.</summary>
    public static string PoisonQueueOf(string queueName) => queueName + "-poison";
}

public enum StorageKind
{
    Table,
    Queue,
    BlobContainer,
}

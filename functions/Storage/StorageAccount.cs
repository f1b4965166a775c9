using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Storage;

/// <summary>The app's storage account: one client per service, shared by every feature.</summary>
public sealed class StorageAccount
{
    /// <param name="tableOptions">Options for the table clients, such as a benchmark's request counter.</param>
    public StorageAccount(IOptions<StorageOptions> options, TableClientOptions? tableOptions = null)
    {
        var settings = options.Value;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (settings.UsesConnectionString)
        {
            Tables = new TableServiceClient(settings.ConnectionString, tableOptions);
            Queues = new QueueServiceClient(settings.ConnectionString, queueOptions);
            Blobs = new BlobServiceClient(settings.ConnectionString);
            return;
        }

        var credential = CreateCredential(settings.ClientId);
        Tables = new TableServiceClient(settings.TableServiceUri, credential, tableOptions);
        Queues = new QueueServiceClient(settings.QueueServiceUri, credential, queueOptions);
        Blobs = new BlobServiceClient(settings.BlobServiceUri, credential);
    }

    public TableServiceClient Tables { get; }

    /// <summary>
    /// Messages are Base64, as the queue trigger expects by default and as host.json's
    /// <c>queues.messageEncoding</c> says.
    /// </summary>
    public QueueServiceClient Queues { get; }

    public BlobServiceClient Blobs { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    private static TokenCredential CreateCredential(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}

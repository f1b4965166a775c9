using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Storage;

/// <summary>
/// Where tables, queues and blobs live. Read from the same <c>AzureWebJobsStorage</c> setting the Functions host
/// uses for queue triggers, so the app and its triggers can never point at different accounts: a connection
/// string (Azurite) or, in Azure, service URIs reached with a managed identity.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty for the default credential chain.</summary>
    public string? ClientId { get; set; }

    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesConnectionString)
        {
            yield break;
        }

        if (TableServiceUri is null || QueueServiceUri is null || BlobServiceUri is null)
        {
            yield return new ValidationResult(
                "set AzureWebJobsStorage to a connection string, or set AzureWebJobsStorage__tableServiceUri, "
                + "__queueServiceUri and __blobServiceUri");
        }
    }
}

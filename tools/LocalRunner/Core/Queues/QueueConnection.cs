using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace LocalRunner.Queues;

/// <summary>Resolves a binding's <c>connection</c> setting to a queue service, looked up as the host does.</summary>
internal static class QueueConnection
{
    public const string Default = "AzureWebJobsStorage";

    public static QueueServiceClient Open(IConfiguration configuration, string? name, string function)
    {
        name ??= Default;
        var value = configuration[name] ?? configuration["AzureWebJobs" + name];
        if (value is null)
        {
            var identityBased = configuration.GetSection(name).Exists();
            throw new RunnerSetupException(identityBased
                ? $"function '{function}': connection '{name}' is identity-based; the local runner needs "
                    + $"a connection string in setting '{name}'"
                : $"function '{function}': connection setting '{name}' is not set");
        }

        try
        {
            return new QueueServiceClient(value);
        }
        catch (FormatException ex)
        {
            throw new RunnerSetupException(
                $"function '{function}': setting '{name}' is not a storage connection string", ex);
        }
    }
}

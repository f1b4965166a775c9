using MerchantDesk.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Operators;

/// <summary>Creates the configured first operator once storage is ready.</summary>
public sealed partial class OperatorBootstrap(
    StorageProvisioner provisioner,
    OperatorDirectory operators,
    IOptions<OperatorOptions> options,
    ILogger<OperatorBootstrap> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (email, password) = (options.Value.BootstrapEmail, options.Value.BootstrapPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await provisioner.Provisioned.WaitAsync(stoppingToken);
        if (await operators.TryAddAsync(email, password, stoppingToken))
        {
            LogCreated();
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Created the bootstrap operator account")]
    private partial void LogCreated();
}

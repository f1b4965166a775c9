using LocalRunner;
using MerchantDesk.Api;
using MerchantDesk.Hosting;

try
{
    var options = RunnerOptions.FromArguments(args, AppContext.BaseDirectory) with
    {
        JsonOptions = MerchantDeskJson.Options,
        ConfigureServices = (services, configuration) => services.AddMerchantDesk(configuration),
    };
    await using var app = FunctionsRunner.Build(options);
    await app.RunAsync();
    return 0;
}
catch (RunnerSetupException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

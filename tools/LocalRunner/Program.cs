using LocalRunner;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

try
{
    var (runnerArguments, demoFile) = DemoSeedArgument.Split(args);
    var options = RunnerOptions.FromArguments(runnerArguments, AppContext.BaseDirectory) with
    {
        JsonOptions = MerchantDeskJson.Options,
        ConfigureServices = (services, configuration) => services.AddMerchantDesk(configuration),
    };
    await using var app = FunctionsRunner.Build(options);
    await app.StartAsync();
    if (demoFile is not null)
    {
        await new DemoSeed(app.Services).WriteAsync(
            demoFile,
            new Uri(app.Urls.First() + "/"),
            app.Lifetime.ApplicationStopping);
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (RunnerSetupException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

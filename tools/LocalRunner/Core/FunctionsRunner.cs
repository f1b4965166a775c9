using System.Net;
using LocalRunner.App;
using LocalRunner.Functions;
using LocalRunner.Http;
using LocalRunner.Queues;
using LocalRunner.Settings;
using LocalRunner.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LocalRunner;

/// <summary>
/// Hosts a Functions app in-process: HTTP triggers on Kestrel, queue triggers polling storage, timer
/// triggers on their schedules, all read from the app's <c>functions.metadata</c> and <c>host.json</c>.
/// </summary>
public static class FunctionsRunner
{
    private const int DefaultPort = 7071;
    private const string EnvironmentSetting = "AZURE_FUNCTIONS_ENVIRONMENT";

    /// <summary>Builds the host; run it with <c>RunAsync</c>, or <c>StartAsync</c> in a test.</summary>
    /// <exception cref="RunnerSetupException">The app cannot be hosted; the message says why.</exception>
    public static WebApplication Build(RunnerOptions options)
    {
        var app = AppFolder.Open(options.AppDirectory);
        var builder = CreateBuilder(app, options);

        // The Functions ASP.NET Core integration registers MVC too; ObjectResult and friends need its executors.
        builder.Services.AddMvcCore();
        options.ConfigureServices(builder.Services, builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);

        var functions = FunctionCatalog.Load(app, builder.Configuration, options.JsonOptions);
        AddListeners(builder.Services, functions, app.Host.Extensions.Queues);
        return Serve(builder.Build(), functions);
    }

    private static WebApplicationBuilder CreateBuilder(AppFolder app, RunnerOptions options)
    {
        var settings = LocalSettingsFile.Read(options.SettingsFile);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = app.Location,
            // Core Tools runs an app as Development unless its settings say otherwise.
            EnvironmentName = Environment.GetEnvironmentVariable(EnvironmentSetting)
                ?? settings.Values.GetValueOrDefault(EnvironmentSetting)
                ?? Environments.Development,
        });
        RunnerConfiguration.Replace(builder.Configuration, app.Host, settings);

        var port = options.Port ?? settings.Host.LocalHttpPort ?? DefaultPort;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder;
    }

    private static void AddListeners(IServiceCollection services, FunctionCatalog functions, QueueSettings queues)
    {
        foreach (var function in functions.Queues)
        {
            services.AddSingleton<IHostedService>(
                provider => ActivatorUtilities.CreateInstance<QueueListener>(provider, function, queues));
        }

        foreach (var function in functions.Timers)
        {
            services.AddSingleton<IHostedService>(
                provider => ActivatorUtilities.CreateInstance<TimerListener>(provider, function));
        }
    }

    private static WebApplication Serve(WebApplication web, FunctionCatalog functions)
    {
        web.MapHttpFunctions(functions.Http);
        var report = ActivatorUtilities.CreateInstance<StartupReport>(web.Services);
        web.Lifetime.ApplicationStarted.Register(() => report.Write(web.Urls, functions));
        return web;
    }
}

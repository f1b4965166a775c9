using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalRunner.Tests.Fixtures;

/// <summary>The runner hosting fixture functions on a free port, with its calls and log lines at hand.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _web;

    private TestApp(WebApplication web, LogCapture logs)
    {
        _web = web;
        Logs = logs;
        Calls = web.Services.GetRequiredService<Calls>();
        Http = new HttpClient { BaseAddress = new Uri(web.Urls.First()), Timeout = Calls.Timeout };
    }

    public HttpClient Http { get; }

    public Calls Calls { get; }

    public LogCapture Logs { get; }

    public static WebApplication Build(
        TestAppFolder folder,
        Action<IServiceCollection>? services = null,
        JsonSerializerOptions? json = null)
    {
        folder.Write();
        return FunctionsRunner.Build(new RunnerOptions
        {
            AppDirectory = folder.Location,
            SettingsFile = folder.SettingsFile,
            Port = 0,
            JsonOptions = json ?? JsonSerializerOptions.Web,
            ConfigureServices = (collection, _) =>
            {
                collection.AddSingleton<Calls>();
                services?.Invoke(collection);
            },
        });
    }

    public static async Task<TestApp> StartAsync(
        TestAppFolder folder,
        Action<IServiceCollection>? services = null,
        JsonSerializerOptions? json = null)
    {
        var logs = new LogCapture();
        var web = Build(folder, collection => AddLogs(collection, logs, services), json);
        await web.StartAsync().WaitAsync(Calls.Timeout);
        return new TestApp(web, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _web.StopAsync().WaitAsync(Calls.Timeout);
        await _web.DisposeAsync();
    }

    private static void AddLogs(IServiceCollection services, LogCapture logs, Action<IServiceCollection>? more)
    {
        services.AddSingleton<ILoggerProvider>(logs);
        more?.Invoke(services);
    }
}

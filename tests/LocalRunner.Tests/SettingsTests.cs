using LocalRunner.Tests.Fixtures;

namespace LocalRunner.Tests;

public sealed class SettingsTests
{
    [Fact]
    public async Task Build_SettingInFileAndEnvironment_EnvironmentWins()
    {
        var name = $"LocalRunnerTests{Guid.NewGuid():N}";
        using var folder = new TestAppFolder()
            .WithSetting(name, "from local.settings.json")
            .WithSetting(name + "Only", "from local.settings.json");
        Environment.SetEnvironmentVariable(name, "from the environment");
        try
        {
            await using var app = TestApp.Build(folder);

            Assert.Equal("from the environment", app.Configuration[name]);
            Assert.Equal("from local.settings.json", app.Configuration[name + "Only"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public async Task Build_DoubleUnderscoreInValuesKey_ReadsAsSection()
    {
        using var folder = new TestAppFolder().WithSetting("MerchantDesk__PublicBaseUrl", "http://127.0.0.1:7071");

        await using var app = TestApp.Build(folder);

        Assert.Equal("http://127.0.0.1:7071", app.Configuration["MerchantDesk:PublicBaseUrl"]);
    }

    [Fact]
    public async Task Start_HostJsonDefaultLogLevelWarning_HidesInformationLines()
    {
        using var folder = new TestAppFolder()
            .WithHostJson("""{"version":"2.0","logging":{"logLevel":{"default":"Warning"}}}""");

        await using var app = await TestApp.StartAsync(folder);

        Assert.Empty(app.Logs.Messages(RunnerEvents.Listening));
    }

    [Fact]
    public void FromArguments_AppPortAndSettings_AreRead()
    {
        var options = RunnerOptions.FromArguments(
            ["--app", "/tmp/app", "--port", "7200", "--settings", "my.settings.json"],
            defaultAppDirectory: "/unused");

        Assert.Equal("/tmp/app", options.AppDirectory);
        Assert.Equal(7200, options.Port);
        Assert.Equal("my.settings.json", options.SettingsFile);
    }

    [Fact]
    public void FromArguments_UnknownOption_FailsWithUsage()
    {
        var error = Assert.Throws<RunnerSetupException>(() => RunnerOptions.FromArguments(["--verbose"], "/app"));

        Assert.Contains("usage: LocalRunner", error.Message);
    }
}

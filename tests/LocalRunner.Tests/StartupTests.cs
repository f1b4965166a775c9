using LocalRunner.Tests.Fixtures;

namespace LocalRunner.Tests;

public sealed class StartupTests
{
    [Fact]
    public void Build_FolderWithoutMetadata_FailsNamingTheFile()
    {
        using var folder = new TestAppFolder();

        var error = Assert.Throws<RunnerSetupException>(
            () => FunctionsRunner.Build(new RunnerOptions { AppDirectory = folder.Location }));

        Assert.Contains(Path.Combine(folder.Location, "functions.metadata"), error.Message);
    }

    [Fact]
    public void Build_ParameterTheRunnerCannotBind_FailsNamingFunctionAndParameter()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Http("Unbindable", "ItemFunctions.Unbindable", "unbindable", "\"get\""));

        var error = Assert.Throws<RunnerSetupException>(() => TestApp.Build(folder));

        Assert.StartsWith("function 'Unbindable': parameter 'referrer' of type Uri is not supported", error.Message);
    }

    [Fact]
    public void Build_FunctionKeyAuthLevel_FailsBecauseOnlyAnonymousIsServed()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Http("GetItem", "ItemFunctions.GetItem", "items/{id}", "\"get\"", "Function"));

        var error = Assert.Throws<RunnerSetupException>(() => TestApp.Build(folder));

        Assert.Contains("authLevel Function", error.Message);
    }

    [Fact]
    public void Build_QueueConnectionNotAConnectionString_FailsNamingTheSetting()
    {
        using var folder = new TestAppFolder()
            .WithSetting("OrdersStorage", "https://example.invalid/queues")
            .WithFunction(
                FunctionJson.Queue("Record", "OrderFunctions.RecordAsync", "order", "orders", "OrdersStorage"));

        var error = Assert.Throws<RunnerSetupException>(() => TestApp.Build(folder));

        Assert.Contains("setting 'OrdersStorage' is not a storage connection string", error.Message);
    }

    [Fact]
    public void Build_ScheduleSettingMissing_FailsNamingTheSetting()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Timer("Nightly", "ClockFunctions.Tick", "%MissingSchedule%"));

        var error = Assert.Throws<RunnerSetupException>(() => TestApp.Build(folder));

        Assert.Contains("setting 'MissingSchedule' is not set", error.Message);
    }
}

using System.Reflection;
using System.Text.Json.Nodes;
using MerchantDesk.Registers;
using MerchantDesk.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Tests.Registers;

public sealed class DailyScheduleTests
{
    private static readonly string Default = new RegistersOptions().DailySchedule;

    [Fact]
    public void QueueDailyRegisters_Schedule_ComesFromTheRegistersSetting()
    {
        var method = typeof(RegisterMailingFunctions).GetMethod(nameof(RegisterMailingFunctions.QueueDailyAsync))!;
        var trigger = method.GetParameters()[0].GetCustomAttribute<TimerTriggerAttribute>()!;

        Assert.Equal("%Registers:DailySchedule%", trigger.Schedule);
        Assert.Equal("0 0 3 * * *", Default);
    }

    [Fact]
    public void LocalSettingsSample_DailySchedule_IsTheDefault()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json")));

        Assert.Equal(Default, sample!["Values"]!["Registers__DailySchedule"]!.GetValue<string>());
    }

    [Fact]
    public void MainBicep_DailySchedule_DefaultsToTheSameSchedule()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));

        Assert.Contains($"param registersDailySchedule string = '{Default}'", bicep, StringComparison.Ordinal);
        Assert.Contains("Registers__DailySchedule: registersDailySchedule", bicep, StringComparison.Ordinal);
    }
}

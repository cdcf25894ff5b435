using System.Text.Json;
using Orchestration.Api.Scheduling;
using Orchestration.Processes;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Deployment.Tests;

/// <summary>The scheduled workflows against their timer functions and the settings that hold their schedules.</summary>
public sealed class ScheduleTests
{
    private static IReadOnlyList<WorkflowSchedule> Schedules() => FunctionsApp.Get<ProcessCatalog>().Schedules;

    private static string? SampleValue(string setting)
    {
        using JsonDocument sample = Repository.ReadJson("local.settings.sample.json");
        return sample.RootElement.GetProperty("Values").TryGetProperty(setting, out JsonElement value) ? value.GetString() : null;
    }

    // As compiled: a literal string, or null when the setting is missing or computed at deployment.
    private static string? InfraValue(string setting) => ArmValue.AsString(CompiledInfra.AppSettings().GetValueOrDefault(setting));

    [Fact]
    public void Schedules_DefaultCron_IsSixFieldNcrontab()
    {
        Assert.NotEmpty(Schedules());
        Assert.All(Schedules(), schedule => Assert.True(CronSchedule.TryParse(schedule.Cron, out _), $"{schedule.WorkflowName}: '{schedule.Cron}'"));
    }

    [Fact]
    public void Schedules_SettingInSampleAndInfra_IsAValidSchedule()
    {
        Assert.All(Schedules(), schedule =>
        {
            Assert.True(CronSchedule.TryParse(SampleValue(schedule.SettingName), out _), $"local.settings.sample.json: {schedule.SettingName}");
            Assert.True(CronSchedule.TryParse(InfraValue(schedule.SettingName), out _), $"infra/modules/function-app.bicep: {schedule.SettingName}");
        });
    }
}

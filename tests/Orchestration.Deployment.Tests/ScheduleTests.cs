using System.Text.Json;
using System.Text.RegularExpressions;
using Orchestration.Api.Scheduling;
using Orchestration.Processes;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Deployment.Tests;

/// <summary>The scheduled workflows against their timer functions and the settings that hold their schedules.</summary>
public sealed partial class ScheduleTests
{
    private static IReadOnlyList<WorkflowSchedule> Schedules() => FunctionsApp.Get<ProcessCatalog>().Schedules;

    private static string? SampleValue(string setting)
    {
        using JsonDocument sample = Repository.ReadJson("local.settings.sample.json");
        return sample.RootElement.GetProperty("Values").TryGetProperty(setting, out JsonElement value) ? value.GetString() : null;
    }

    private static string? InfraValue(string setting) =>
        InfraSetting().Matches(Bicep.Read("infra/modules/function-app.bicep"))
            .Where(match => match.Groups["key"].Value == setting).Select(match => match.Groups["value"].Value).FirstOrDefault();

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

    [GeneratedRegex(@"^\s{2}(?<key>\w+):\s*'(?<value>[^']*)'", RegexOptions.Multiline)]
    private static partial Regex InfraSetting();
}

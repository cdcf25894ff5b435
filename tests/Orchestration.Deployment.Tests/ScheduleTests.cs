using System.Reflection;
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

    [Fact]
    public void TimerFunctions_EachReadsOneSchedulesSetting()
    {
        int timers = FunctionsApp.Sources.Sum(source => AnyTimer().Count(source));
        string[] read = [.. FunctionsApp.Sources.SelectMany(source => TimerOnSetting().Matches(source))
            .Select(match => (string)typeof(ScheduleSettingNames).GetField(match.Groups["constant"].Value, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!)];

        Assert.Equal(timers, read.Length);
        Assert.Equal(Schedules().Select(schedule => schedule.SettingName).Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\[TimerTrigger\(")]
    private static partial Regex AnyTimer();

    [GeneratedRegex(@"\[TimerTrigger\(""%"" \+ ScheduleSettingNames\.(?<constant>\w+) \+ ""%""")]
    private static partial Regex TimerOnSetting();
}

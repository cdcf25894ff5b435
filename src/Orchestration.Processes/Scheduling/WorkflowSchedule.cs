namespace Orchestration.Processes.Scheduling;

/// <summary>
/// A workflow that runs on a schedule rather than on request: one run per occurrence of <paramref name="Cron"/>, which
/// the app setting <paramref name="SettingName"/> may replace. Both hosts start it from here: the dev server's
/// scheduler, and the Functions app's timer function, whose trigger reads the same setting.
/// </summary>
/// <param name="WorkflowName">The scheduled workflow; its input is a <see cref="ScheduledOccurrence"/>.</param>
/// <param name="Cron">The default schedule: NCRONTAB with six fields (second, minute, hour, day, month, day of week), UTC, as Azure Functions reads it.</param>
/// <param name="SettingName">The app setting that holds the schedule where it differs from <paramref name="Cron"/>; a constant of <see cref="ScheduleSettingNames"/>.</param>
public sealed record WorkflowSchedule(string WorkflowName, string Cron, string SettingName);

/// <summary>The input of every scheduled run: the occurrence it was started for, the same on every firing for it.</summary>
/// <param name="Occurrence">The occurrence's scheduled time (UTC).</param>
public sealed record ScheduledOccurrence(DateTime Occurrence);

/// <summary>
/// The app settings that hold the schedules. Flat names, without a <c>__</c> section separator: a timer trigger reads
/// its schedule as <c>%NAME%</c>, and nested names there are not reliably resolved on Linux (azure-functions-host#8649).
/// </summary>
public static class ScheduleSettingNames
{
    /// <summary>The schedule of the reference data refresh. Default hourly, on the hour.</summary>
    public const string ReferenceDataRefresh = "SCHEDULE_REFERENCE_DATA_REFRESH";
}

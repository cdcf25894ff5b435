using Microsoft.Extensions.Configuration;
using Orchestration.Abstractions;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Api.Scheduling;

/// <summary>
/// The scheduled workflows with the schedules in force: each one's app setting where it is set, its default
/// otherwise. What both hosts start at each occurrence: the dev server's scheduler and the Functions timer functions.
/// </summary>
public sealed class ScheduledWorkflows
{
    private readonly Dictionary<string, ScheduledWorkflow> byName;

    private ScheduledWorkflows(IEnumerable<ScheduledWorkflow> schedules)
    {
        All = [.. schedules];
        byName = All.ToDictionary(scheduled => scheduled.Schedule.WorkflowName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets every scheduled workflow.</summary>
    public IReadOnlyList<ScheduledWorkflow> All { get; }

    /// <summary>Reads the schedules in force.</summary>
    /// <param name="schedules">The scheduled workflows, with their default schedules.</param>
    /// <param name="configuration">The app's configuration, where each schedule's setting may replace its default.</param>
    /// <returns>The scheduled workflows.</returns>
    /// <exception cref="FormatException">A schedule, default or set, is not a six-field NCRONTAB expression.</exception>
    public static ScheduledWorkflows Resolve(IEnumerable<WorkflowSchedule> schedules, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(configuration);
        return new(schedules.Select(schedule => new ScheduledWorkflow(
            schedule, CronSchedule.Parse(configuration[schedule.SettingName] is { Length: > 0 } set ? set : schedule.Cron))));
    }

    /// <summary>Starts a scheduled workflow's run for its latest occurrence, unless that run exists.</summary>
    /// <param name="client">The runtime's client.</param>
    /// <param name="workflowName">The scheduled workflow.</param>
    /// <param name="now">The time now.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The instance id, and whether this call started it.</returns>
    /// <exception cref="KeyNotFoundException">The workflow has no schedule.</exception>
    public Task<(string InstanceId, bool Started)> StartLatestAsync(IWorkflowClient client, string workflowName, DateTimeOffset now, CancellationToken cancellation) =>
        byName[workflowName].StartAsync(client, byName[workflowName].Cron.LatestAtOrBefore(now.UtcDateTime), cancellation);
}

/// <summary>A scheduled workflow and the schedule in force.</summary>
/// <param name="Schedule">The workflow's schedule, as its process declares it.</param>
/// <param name="Cron">The schedule in force.</param>
public sealed record ScheduledWorkflow(WorkflowSchedule Schedule, CronSchedule Cron)
{
    /// <summary>Starts the run of an occurrence unless it exists, with the occurrence as its input.</summary>
    /// <param name="client">The runtime's client.</param>
    /// <param name="occurrence">The occurrence (UTC).</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The instance id, and whether this call started it.</returns>
    public Task<(string InstanceId, bool Started)> StartAsync(IWorkflowClient client, DateTime occurrence, CancellationToken cancellation) =>
        ScheduledStarts.StartOnceAsync(client, Schedule.WorkflowName, occurrence, new ScheduledOccurrence(occurrence), cancellation);
}

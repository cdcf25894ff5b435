using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.Functions.Durable;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Functions.Schedules;

/// <summary>
/// One timer function per scheduled workflow (<c>ProcessCatalog.Schedules</c>), each a forward to
/// <see cref="ScheduledWorkflows"/>: it starts the run of the schedule's latest occurrence unless that run exists, so
/// a timer that fires twice for one occurrence, or on two instances, starts one run. The schedule is read from the
/// workflow's app setting (<see cref="ScheduleSettingNames"/>), the same one the forward reads the occurrences from.
/// </summary>
/// <remarks>
/// <c>RunOnStartup</c> makes each host start owe the latest occurrence's run, as the dev server's scheduler does, so
/// the freshness gates are satisfied right after a deployment rather than at the next occurrence. Its usual hazard,
/// a run on every restart and scale-out, is void here: a second start for the same occurrence starts nothing.
/// </remarks>
/// <param name="schedules">The scheduled workflows and the schedules in force.</param>
/// <param name="registry">The workflows, for the client adapter's input checks.</param>
/// <param name="time">The clock the occurrence is read from.</param>
public sealed class ScheduleFunctions(ScheduledWorkflows schedules, WorkflowRegistry registry, TimeProvider time)
{
    /// <summary>Starts <see cref="ReferenceDataRefreshWorkflow"/> at each occurrence of its schedule.</summary>
    /// <param name="timer">The firing.</param>
    /// <param name="client">The Durable Functions client.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>A task that completes when the run is started or found started.</returns>
    [Function(nameof(ScheduleReferenceDataRefresh))]
    public Task ScheduleReferenceDataRefresh(
        [TimerTrigger("%" + ScheduleSettingNames.ReferenceDataRefresh + "%", RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        schedules.StartLatestAsync(new DurableWorkflowClient(client, registry), nameof(ReferenceDataRefreshWorkflow), time.GetUtcNow(), context.CancellationToken);
}

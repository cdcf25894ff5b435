using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.Functions.Durable;
using Orchestration.Functions.Workflows;

namespace Orchestration.Functions.Schedules;

/// <summary>
/// The one timer function that every scheduled workflow (<c>ProcessCatalog.Schedules</c>) fires through. Its metadata
/// is a template: <see cref="RegistryFunctionMetadataTransformer"/> gives the host one timer function per schedule,
/// named by <see cref="RegistryFunctionNames.ForSchedule"/> and carrying the schedule in force (its app setting, or its
/// default), the same <see cref="ScheduledWorkflows"/> the dev server's scheduler reads. Each firing starts the run of
/// the latest occurrence unless that run exists, so a timer that fires twice for one occurrence, or on two instances,
/// starts one run.
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
    /// <summary>The template's schedule; every function the host sees carries its own schedule instead.</summary>
    internal const string TemplateSchedule = "0 0 0 1 1 *";

    /// <summary>Starts the scheduled workflow the function is named after, for its latest occurrence.</summary>
    /// <param name="timer">The firing.</param>
    /// <param name="client">The Durable Functions client.</param>
    /// <param name="context">The invocation; its function name names the schedule.</param>
    /// <returns>A task that completes when the run is started or found started.</returns>
    [Function(nameof(RunSchedule))]
    public Task RunSchedule(
        [TimerTrigger(TemplateSchedule, RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return schedules.StartLatestAsync(
            new BoundWorkflowClient(client, registry),
            RegistryFunctionNames.ScheduledWorkflowOf(context.FunctionDefinition.Name),
            time.GetUtcNow(),
            context.CancellationToken);
    }
}

using Microsoft.DurableTask;
using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>
/// The seam's call options as Durable Functions' <see cref="TaskOptions"/>. A retry policy runs as a retry handler with
/// the engine's rule (<see cref="WorkflowRetryPolicy.NextDelay"/>) and its waits on <see cref="DurableTimers"/>:
/// Durable Functions' own policy waits on timers that Azure Storage fires early, or at once under a second.
/// </summary>
internal static class DurableOptions
{
    public static TaskOptions? ToTaskOptions(WorkflowTaskOptions? options) =>
        options?.Retry is { } retry ? TaskOptions.FromRetryHandler(attempt => RetryAsync(retry, attempt)) : null;

    public static TaskOptions? ToSubOrchestrationOptions(WorkflowTaskOptions? options) => options switch
    {
        SubWorkflowOptions { InstanceId: { } instanceId } sub => new SubOrchestrationOptions(ToTaskOptions(sub) ?? new TaskOptions(), instanceId),
        _ => ToTaskOptions(options),
    };

    // Runs on the orchestrator's thread, between attempts: only durable waits here.
    private static async Task<bool> RetryAsync(WorkflowRetryPolicy retry, RetryContext attempt)
    {
        TimeSpan? delay = retry.NextDelay(attempt.LastAttemptNumber, DurableFailures.ToWorkflowDetails(attempt.LastFailure), attempt.TotalRetryTime);
        if (delay is null)
        {
            return false;
        }

        TaskOrchestrationContext orchestration = attempt.OrchestrationContext;
        await DurableTimers.WaitUntilAsync(orchestration, orchestration.CurrentUtcDateTime.Add(delay.Value), attempt.CancellationToken);
        return true;
    }
}

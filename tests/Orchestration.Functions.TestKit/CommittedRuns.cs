using DurableTask.Core;
using DurableTask.Core.History;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.TestKit;

/// <summary>
/// What the backend has committed of each run, recorded as the sidecar completes its orchestration work items, so a
/// test or a benchmark can wait for a run's progress without polling: Azure Storage's own completion wait reads the
/// run every 2 s, and nothing in the client says that a raised event has reached the run's history.
/// </summary>
public sealed class CommittedRuns
{
    private readonly Dictionary<string, CommittedRun> latest = new(StringComparer.Ordinal);
    private readonly List<Waiter> waiters = [];
    private readonly Lock gate = new();

    /// <summary>Waits until the backend has committed a state of the run that meets a condition (maybe already).</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="condition">What the committed state must meet.</param>
    /// <param name="cancellation">Ends the wait.</param>
    /// <returns>The first committed state that met the condition.</returns>
    public Task<CommittedRun> WaitAsync(string instanceId, Func<CommittedRun, bool> condition, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(condition);
        Waiter waiter = new(instanceId, condition, new TaskCompletionSource<CommittedRun>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            if (latest.TryGetValue(instanceId, out CommittedRun? run) && condition(run))
            {
                return Task.FromResult(run);
            }

            waiters.Add(waiter);
        }

        return waiter.Done.Task.WaitAsync(cancellation);
    }

    internal void Record(OrchestrationRuntimeState state)
    {
        if (state.OrchestrationInstance?.InstanceId is not { } instanceId)
        {
            return;
        }

        CommittedRun run = new(
            instanceId, DurableMappings.ToWorkflowStatus((int)state.OrchestrationStatus), state.Events.Count(e => e is EventRaisedEvent));
        List<Waiter> met;
        lock (gate)
        {
            latest[instanceId] = run;
            met = [.. waiters.Where(w => w.InstanceId == instanceId && w.Condition(run))];
            waiters.RemoveAll(met.Contains);
        }

        foreach (Waiter waiter in met)
        {
            waiter.Done.TrySetResult(run);
        }
    }

    private sealed record Waiter(string InstanceId, Func<CommittedRun, bool> Condition, TaskCompletionSource<CommittedRun> Done);
}

/// <summary>A run as the backend last committed it.</summary>
/// <param name="InstanceId">The run.</param>
/// <param name="Status">Its status.</param>
/// <param name="EventsReceived">How many external events its history holds.</param>
public sealed record CommittedRun(string InstanceId, WorkflowRuntimeStatus Status, int EventsReceived)
{
    /// <summary>Gets a value indicating whether the run has finished (completed, failed or terminated).</summary>
    public bool IsFinished => Status is WorkflowRuntimeStatus.Completed or WorkflowRuntimeStatus.Failed or WorkflowRuntimeStatus.Terminated;
}

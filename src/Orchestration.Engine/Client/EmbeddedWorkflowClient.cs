using Orchestration.Abstractions;
using Orchestration.Engine.Dispatch;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Client;

/// <summary>The embedded engine's <see cref="IWorkflowClient"/>: every command is durable when its task completes.</summary>
internal sealed class EmbeddedWorkflowClient(
    EngineStore store, WorkflowRegistry registry, EpisodeQueue episodes, InstanceWatchers watchers, TimeProvider time) : IWorkflowClient
{
    public async Task<string> ScheduleNewWorkflowAsync(
        string workflowName, object? input = null, StartWorkflowOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        string? json = WorkflowJson.Serialize(input);
        _ = WorkflowInputReader.Resolve(registry, workflowName, json);
        string instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        WorkflowInstanceIds.Validate(instanceId);
        ChildStart run = new(instanceId, workflowName, json, 0);
        DateTime now = time.GetUtcNow().UtcDateTime;
        await store.Commits.ExecuteAsync(writer =>
        {
            EngineStore.CreateInstance(writer, run, null, null, now);
            return true;
        }).WaitAsync(cancellation);
        episodes.MarkReady(instanceId);
        return instanceId;
    }

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        WorkflowHistoryEvent raised = Message(WorkflowHistoryEventType.EventRaised) with { Name = eventName, Input = WorkflowJson.Serialize(eventPayload) };
        return SendAsync(instanceId, raised, "raise an event for", cancellation);
    }

    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, Message(WorkflowHistoryEventType.ExecutionSuspended) with { Reason = reason }, "suspend", cancellation);

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, Message(WorkflowHistoryEventType.ExecutionResumed) with { Reason = reason }, "resume", cancellation);

    public Task TerminateInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, Message(WorkflowHistoryEventType.ExecutionTerminated) with { Reason = reason }, "terminate", cancellation);

    public Task<WorkflowMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return Task.FromResult(store.GetMetadata(instanceId, getInputsAndOutputs));
    }

    public Task<IReadOnlyList<WorkflowHistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return Task.FromResult(store.GetHistory(instanceId) ?? throw new WorkflowInstanceNotFoundException(instanceId));
    }

    public Task<WorkflowPage> ListInstancesAsync(WorkflowQuery? query = null, CancellationToken cancellation = default) =>
        Task.FromResult(store.List(query ?? new WorkflowQuery()));

    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return await store.Commits.ExecuteAsync(writer => EngineStore.Purge(writer, instanceId)).WaitAsync(cancellation);
    }

    public Task<WorkflowMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        WaitUntilAsync(instanceId, getInputsAndOutputs, status => status != WorkflowRuntimeStatus.Pending, cancellation);

    public Task<WorkflowMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        WaitUntilAsync(instanceId, getInputsAndOutputs, status => status.IsTerminal(), cancellation);

    private async Task SendAsync(string instanceId, WorkflowHistoryEvent message, string operation, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        await store.Commits.ExecuteAsync(writer =>
        {
            EngineStore.EnqueueForRunning(writer, instanceId, message, operation);
            return true;
        }).WaitAsync(cancellation);
        episodes.MarkReady(instanceId);
    }

    private async Task<WorkflowMetadata> WaitUntilAsync(
        string instanceId, bool getInputsAndOutputs, Func<WorkflowRuntimeStatus, bool> reached, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        while (true)
        {
            // Take the change signal before reading, so a change between the read and the wait is not missed.
            Task changed = watchers.NextChange(instanceId);
            WorkflowMetadata metadata = store.GetMetadata(instanceId, getInputsAndOutputs)
                ?? throw new WorkflowInstanceNotFoundException(instanceId);
            if (reached(metadata.RuntimeStatus))
            {
                return metadata;
            }

            await changed.WaitAsync(cancellation);
        }
    }

    private WorkflowHistoryEvent Message(WorkflowHistoryEventType type) => new(0, type, time.GetUtcNow().UtcDateTime);
}

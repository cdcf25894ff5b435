using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>
/// A backend that forwards every call to another, for the test kit's adjustments to override only what they change
/// (the sidecar's concurrency, what it hands a backend to store).
/// </summary>
/// <param name="inner">The backend.</param>
public abstract class OrchestrationServiceDecorator(IOrchestrationService inner) : IOrchestrationService
{
    /// <summary>Gets the backend calls are forwarded to.</summary>
    protected IOrchestrationService Inner { get; } = inner;

    /// <inheritdoc/>
    public int TaskOrchestrationDispatcherCount => Inner.TaskOrchestrationDispatcherCount;

    /// <inheritdoc/>
    public virtual int MaxConcurrentTaskOrchestrationWorkItems => Inner.MaxConcurrentTaskOrchestrationWorkItems;

    /// <inheritdoc/>
    public virtual int MaxConcurrentTaskActivityWorkItems => Inner.MaxConcurrentTaskActivityWorkItems;

    /// <inheritdoc/>
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => Inner.EventBehaviourForContinueAsNew;

    /// <inheritdoc/>
    public int TaskActivityDispatcherCount => Inner.TaskActivityDispatcherCount;

    /// <inheritdoc/>
    public Task StartAsync() => Inner.StartAsync();

    /// <inheritdoc/>
    public virtual Task StopAsync() => Inner.StopAsync();

    /// <inheritdoc/>
    public Task StopAsync(bool isForced) => Inner.StopAsync(isForced);

    /// <inheritdoc/>
    public Task CreateAsync() => Inner.CreateAsync();

    /// <inheritdoc/>
    public Task CreateAsync(bool recreateInstanceStore) => Inner.CreateAsync(recreateInstanceStore);

    /// <inheritdoc/>
    public Task CreateIfNotExistsAsync() => Inner.CreateIfNotExistsAsync();

    /// <inheritdoc/>
    public Task DeleteAsync() => Inner.DeleteAsync();

    /// <inheritdoc/>
    public Task DeleteAsync(bool deleteInstanceStore) => Inner.DeleteAsync(deleteInstanceStore);

    /// <inheritdoc/>
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        Inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    /// <inheritdoc/>
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => Inner.GetDelayInSecondsAfterOnProcessException(exception);

    /// <inheritdoc/>
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => Inner.GetDelayInSecondsAfterOnFetchException(exception);

    /// <inheritdoc/>
    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    /// <inheritdoc/>
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => Inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    /// <inheritdoc/>
    /// <remarks>Calls <see cref="BeforeCommit"/>, forwards, then calls <see cref="AfterCommit"/>.</remarks>
    public async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        OrchestrationRuntimeState state = newOrchestrationRuntimeState ?? workItem.OrchestrationRuntimeState;
        BeforeCommit(state, orchestratorMessages, orchestrationState);
        await Inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
        AfterCommit(state);
    }

    /// <summary>Adjusts what an orchestration work item commits, before the backend stores it.</summary>
    /// <param name="state">The run's state: its history, new events last.</param>
    /// <param name="orchestratorMessages">The messages to other runs (started sub-orchestrations, events).</param>
    /// <param name="orchestrationState">The run's state as the sidecar summarized it (null when continued as new).</param>
    protected virtual void BeforeCommit(OrchestrationRuntimeState state, IList<TaskMessage> orchestratorMessages, OrchestrationState? orchestrationState)
    {
    }

    /// <summary>Learns of a run's state once the backend has stored it.</summary>
    /// <param name="state">The run's state.</param>
    protected virtual void AfterCommit(OrchestrationRuntimeState state)
    {
    }

    /// <inheritdoc/>
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc/>
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc/>
    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        Inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    /// <inheritdoc/>
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => Inner.RenewTaskActivityWorkItemLockAsync(workItem);

    /// <inheritdoc/>
    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    /// <inheritdoc/>
    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => Inner.AbandonTaskActivityWorkItemAsync(workItem);
}

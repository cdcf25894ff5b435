namespace Orchestration.Abstractions;

/// <summary>
/// Starts and manages runs. Mirrors Durable Functions' <c>DurableTaskClient</c>, so the Azure adapter is one forward
/// per member. Domain failures are the sealed leaves of <see cref="WorkflowException"/>.
/// </summary>
public interface IWorkflowClient
{
    /// <summary>Starts a run.</summary>
    /// <param name="workflowName">The registered workflow name.</param>
    /// <param name="input">The input: an object, or a <c>JsonElement</c>/<c>JsonNode</c> taken as JSON.</param>
    /// <param name="options">A caller-chosen instance id.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The instance id.</returns>
    /// <exception cref="UnknownWorkflowException">No such workflow.</exception>
    /// <exception cref="InvalidWorkflowInputException">The input does not fit the workflow's input type.</exception>
    /// <exception cref="WorkflowInstanceExistsException">The instance id is taken; nothing was started.</exception>
    Task<string> ScheduleNewWorkflowAsync(
        string workflowName, object? input = null, StartWorkflowOptions? options = null, CancellationToken cancellation = default);

    /// <summary>Sends an event to a run. It is kept until the workflow waits for it.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="eventPayload">The payload, serialized to JSON.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>A task that completes once the event is durably stored.</returns>
    /// <exception cref="WorkflowInstanceNotFoundException">No such run.</exception>
    /// <exception cref="WorkflowInstanceNotRunningException">The run has finished.</exception>
    Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default);

    /// <summary>Reads a run's state.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="getInputsAndOutputs">Include input, output and custom status.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The run, or null when there is none.</returns>
    Task<WorkflowMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    /// <summary>Reads a run's history, in order.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The history events of the current generation.</returns>
    /// <exception cref="WorkflowInstanceNotFoundException">No such run.</exception>
    Task<IReadOnlyList<WorkflowHistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation = default);

    /// <summary>Lists runs, one page at a time.</summary>
    /// <param name="query">The filter and the page.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>A page and the token for the next one.</returns>
    Task<WorkflowPage> ListInstancesAsync(WorkflowQuery? query = null, CancellationToken cancellation = default);

    /// <summary>Suspends a run: it keeps what arrives and does nothing until resumed.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="reason">Why, for the history.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>A task that completes once the request is durably stored.</returns>
    Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default);

    /// <summary>Resumes a suspended run.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="reason">Why, for the history.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>A task that completes once the request is durably stored.</returns>
    Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default);

    /// <summary>Terminates a run; the reason becomes its output.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="reason">Why, recorded as the output.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>A task that completes once the request is durably stored.</returns>
    Task TerminateInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default);

    /// <summary>Deletes a finished run and its history.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>1 when a finished run was deleted; 0 when there is none or it is still running.</returns>
    Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default);

    /// <summary>Waits until the run has started (is no longer pending).</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="getInputsAndOutputs">Include input, output and custom status.</param>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>The run's state.</returns>
    Task<WorkflowMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    /// <summary>Waits until the run has finished.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="getInputsAndOutputs">Include input, output and custom status.</param>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>The run's final state.</returns>
    Task<WorkflowMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);
}

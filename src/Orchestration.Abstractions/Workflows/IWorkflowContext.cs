using Microsoft.Extensions.Logging;

namespace Orchestration.Abstractions;

/// <summary>
/// What workflow code may do. Mirrors Durable Functions' <c>TaskOrchestrationContext</c> member for member,
/// so the Azure adapter is one forward per member and the embedded engine gives the same semantics.
/// </summary>
/// <remarks>
/// Workflow code is replayed from history: it must use only this context for time, identifiers, waiting and I/O.
/// No clocks, no random, no threads, no <c>ConfigureAwait(false)</c>.
/// </remarks>
public interface IWorkflowContext
{
    /// <summary>Gets the registered name of the running workflow.</summary>
    string Name { get; }

    /// <summary>Gets the id of this run.</summary>
    string InstanceId { get; }

    /// <summary>Gets the replay-safe current time (UTC), taken from history.</summary>
    DateTime CurrentUtcDateTime { get; }

    /// <summary>Gets a value indicating whether the code is re-executing recorded history.</summary>
    bool IsReplaying { get; }

    /// <summary>Gets the run's input, deserialized as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <returns>The input, or default when the run has none.</returns>
    T? GetInput<T>();

    /// <summary>Schedules an activity and waits for it to finish.</summary>
    /// <param name="name">The registered activity name.</param>
    /// <param name="input">The activity input; serialized to JSON.</param>
    /// <param name="options">Retry options; without them a failure is final.</param>
    /// <returns>A task that faults with <see cref="WorkflowTaskFailedException"/> when the activity fails.</returns>
    Task CallActivityAsync(string name, object? input = null, WorkflowTaskOptions? options = null);

    /// <summary>Schedules an activity and returns its result.</summary>
    /// <typeparam name="TResult">The activity's result type.</typeparam>
    /// <param name="name">The registered activity name.</param>
    /// <param name="input">The activity input; serialized to JSON.</param>
    /// <param name="options">Retry options; without them a failure is final.</param>
    /// <returns>A task that faults with <see cref="WorkflowTaskFailedException"/> when the activity fails.</returns>
    Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null);

    /// <summary>Starts a sub-workflow and waits for it to finish.</summary>
    /// <param name="name">The registered workflow name.</param>
    /// <param name="input">The sub-workflow input.</param>
    /// <param name="options">Retry options, and with <see cref="SubWorkflowOptions"/> the child's instance id.</param>
    /// <returns>A task that faults with <see cref="WorkflowTaskFailedException"/> when the child fails.</returns>
    Task CallSubWorkflowAsync(string name, object? input = null, WorkflowTaskOptions? options = null);

    /// <summary>Starts a sub-workflow and returns its output.</summary>
    /// <typeparam name="TResult">The child's output type.</typeparam>
    /// <param name="name">The registered workflow name.</param>
    /// <param name="input">The sub-workflow input.</param>
    /// <param name="options">Retry options, and with <see cref="SubWorkflowOptions"/> the child's instance id.</param>
    /// <returns>A task that faults with <see cref="WorkflowTaskFailedException"/> when the child fails.</returns>
    Task<TResult> CallSubWorkflowAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null);

    /// <summary>Creates a durable timer that fires at <paramref name="fireAt"/> (UTC).</summary>
    /// <param name="fireAt">When the timer fires; pass a UTC value such as <c>CurrentUtcDateTime.AddDays(3)</c>.</param>
    /// <param name="cancellationToken">Cancels the timer; the task then completes as cancelled.</param>
    /// <returns>A task that completes when the timer fires.</returns>
    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Creates a durable timer that fires after <paramref name="delay"/>.</summary>
    /// <param name="delay">How long from <see cref="CurrentUtcDateTime"/>.</param>
    /// <param name="cancellationToken">Cancels the timer; the task then completes as cancelled.</param>
    /// <returns>A task that completes when the timer fires.</returns>
    Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Waits for an external event. Events raised before the wait are kept and delivered in order.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The event's payload.</returns>
    Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for an external event for at most <paramref name="timeout"/> (a durable timer). When the timer wins the task
    /// throws <see cref="TaskCanceledException"/>, as Durable Functions does, and the next event of that name is kept
    /// for the next wait rather than lost.
    /// </summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="timeout">How long to wait, measured on <see cref="CurrentUtcDateTime"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The event's payload.</returns>
    Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Sets the run's custom status (JSON-serializable, at most 16 KB), visible to clients.</summary>
    /// <param name="customStatus">The status value, or null to clear it.</param>
    void SetCustomStatus(object? customStatus);

    /// <summary>Restarts the run with new input and an empty history once the workflow code returns.</summary>
    /// <param name="newInput">The next generation's input.</param>
    /// <param name="preserveUnprocessedEvents">Carry events that no wait consumed over to the next generation.</param>
    void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>Creates a deterministic GUID: the same on every replay.</summary>
    /// <returns>A name-based (v5) GUID derived from the instance id, the current time and a counter.</returns>
    Guid NewGuid();

    /// <summary>Creates a logger that writes nothing while the code is replaying.</summary>
    /// <param name="categoryName">The log category.</param>
    /// <returns>A replay-safe logger.</returns>
    ILogger CreateReplaySafeLogger(string categoryName);
}

using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>
/// <see cref="IWorkflowContext"/> over Durable Functions' <see cref="TaskOrchestrationContext"/>: one forward per member.
/// Payloads cross as <see cref="JsonElement"/> (see <see cref="DurablePayload"/>); failures come back as
/// <see cref="WorkflowTaskFailedException"/> (see <see cref="DurableFailures"/>); timers never fire early (see
/// <see cref="DurableTimers"/>).
/// </summary>
/// <param name="inner">The orchestration context Durable Functions passed to the orchestrator function.</param>
internal sealed class DurableWorkflowContext(TaskOrchestrationContext inner) : IWorkflowContext
{
    public string Name => inner.Name.Name;

    public string InstanceId => inner.InstanceId;

    public DateTime CurrentUtcDateTime => inner.CurrentUtcDateTime;

    public bool IsReplaying => inner.IsReplaying;

    public T? GetInput<T>() => DurablePayload.Read<T>(Input);

    // WARNING: read as object, never as JsonElement: the SDK casts the input it deserialized with the orchestrator's
    // input type (object here), and a run started without input has none, which a cast to JsonElement throws on.
    internal JsonElement Input => DurablePayload.ToElement(inner.GetInput<object>());

    public Task CallActivityAsync(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        DurableFailures.Translate(inner.CallActivityAsync<JsonElement>(name, DurablePayload.ToElement(input), DurableOptions.ToTaskOptions(options)));

    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        DurableFailures.Translate<TResult>(inner.CallActivityAsync<JsonElement>(name, DurablePayload.ToElement(input), DurableOptions.ToTaskOptions(options)));

    public Task CallSubWorkflowAsync(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        DurableFailures.Translate(inner.CallSubOrchestratorAsync<JsonElement>(name, DurablePayload.ToElement(input), DurableOptions.ToSubOrchestrationOptions(options)));

    public Task<TResult> CallSubWorkflowAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        DurableFailures.Translate<TResult>(inner.CallSubOrchestratorAsync<JsonElement>(name, DurablePayload.ToElement(input), DurableOptions.ToSubOrchestrationOptions(options)));

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => DurableTimers.WaitUntilAsync(inner, fireAt, cancellationToken);

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        DurableTimers.WaitUntilAsync(inner, inner.CurrentUtcDateTime.Add(delay), cancellationToken);

    // Every wait asks for JsonElement: Durable Functions refuses two waits on one name with different types.
    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        DurableFailures.Read<T>(inner.WaitForExternalEvent<JsonElement>(eventName, cancellationToken));

    // A timed-out wait no longer takes the next event of its name (durabletask-dotnet #508, fixed by #509 in the SDK
    // this app runs on): the conformance suite shows both runtimes keep it for the next wait.
    public Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        DurableFailures.Read<T>(inner.WaitForExternalEvent<JsonElement>(eventName, timeout, cancellationToken));

    public void SetCustomStatus(object? customStatus) =>
        inner.SetCustomStatus(customStatus is null ? null : DurablePayload.ToElement(customStatus));

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        inner.ContinueAsNew(DurablePayload.ToElement(newInput), preserveUnprocessedEvents);

    public Guid NewGuid() => inner.NewGuid();

    public ILogger CreateReplaySafeLogger(string categoryName) => inner.CreateReplaySafeLogger(categoryName);
}

using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;

namespace Orchestration.Api.Tests.FunctionsSupport;

/// <summary>
/// A context that does what the Functions adapter and Durable Functions do to payloads, in-process: every activity
/// input and result, event payload and custom status crosses as a <see cref="JsonElement"/> and is re-serialised by a
/// serializer configured as the worker's default (System.Text.Json, no naming policy). Activities run at once through
/// <see cref="WorkflowFunctionRunner.RunActivityAsync"/>; events come from a queue the test fills.
/// </summary>
internal sealed class LoopbackWorkflowContext(WorkflowRegistry registry, string name, string instanceId) : IWorkflowContext
{
    // Durable Functions' default: JsonObjectSerializer over System.Text.Json with case-insensitive names (reference 3.1).
    private static readonly JsonSerializerOptions DurableDefaults = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, Queue<JsonElement>> events = new(StringComparer.OrdinalIgnoreCase);

    public string Name => name;

    public string InstanceId => instanceId;

    public DateTime CurrentUtcDateTime { get; } = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    public bool IsReplaying => false;

    public List<string> Activities { get; } = [];

    public List<string> CustomStatuses { get; } = [];

    public void Raise(string eventName, object? payload)
    {
        if (!events.TryGetValue(eventName, out Queue<JsonElement>? queue))
        {
            events[eventName] = queue = new Queue<JsonElement>();
        }

        queue.Enqueue(ThroughDurable(DurablePayload.ToElement(payload)));
    }

    public T? GetInput<T>() => throw new NotSupportedException();

    public Task CallActivityAsync(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        CallActivityAsync<JsonElement>(name, input, options);

    public async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null)
    {
        Activities.Add(name);
        WorkflowActivityContext activity = new(name, instanceId, CancellationToken.None);
        JsonElement result = await WorkflowFunctionRunner.RunActivityAsync(registry, activity, ThroughDurable(DurablePayload.ToElement(input)));
        return DurablePayload.Read<TResult>(ThroughDurable(result))!;
    }

    public Task CallSubWorkflowAsync(string name, object? input = null, WorkflowTaskOptions? options = null) => throw new NotSupportedException();

    public Task<TResult> CallSubWorkflowAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        throw new NotSupportedException();

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        WaitForExternalEvent<T>(eventName, Timeout.InfiniteTimeSpan, cancellationToken);

    public Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        events.TryGetValue(eventName, out Queue<JsonElement>? queue) && queue.TryDequeue(out JsonElement payload)
            ? Task.FromResult(DurablePayload.Read<T>(payload)!)
            : Task.FromCanceled<T>(new CancellationToken(canceled: true));

    public void SetCustomStatus(object? customStatus) =>
        CustomStatuses.Add(DurablePayload.ToJson(ThroughDurable(DurablePayload.ToElement(customStatus))) ?? "null");

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => throw new NotSupportedException();

    public Guid NewGuid() => Guid.Empty;

    public ILogger CreateReplaySafeLogger(string categoryName) => NullLogger.Instance;

    public static JsonElement ThroughDurable(JsonElement element) =>
        JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(element, DurableDefaults), DurableDefaults);
}

using System.Text.Json.Nodes;
using Orchestration.Abstractions;

namespace Orchestration.Api.Management;

/// <summary>
/// History as the Durable Functions host shows it with <c>showHistory=true</c>: DTFx PascalCase keys; scheduling rows
/// folded into their completions (which gain <c>FunctionName</c> and <c>ScheduledTime</c>); results only with
/// <c>showHistoryOutput=true</c>; inputs only with <c>showInput</c>.
/// </summary>
internal static class HistoryPayload
{
    public static IReadOnlyList<JsonObject> From(IReadOnlyList<WorkflowHistoryEvent> history, bool showInput, bool showOutput)
    {
        Dictionary<int, WorkflowHistoryEvent> scheduled = history
            .Where(e => e.TaskId is not null && e.EventType is WorkflowHistoryEventType.TaskScheduled or WorkflowHistoryEventType.SubOrchestrationInstanceCreated)
            .ToDictionary(e => e.TaskId!.Value);
        return [.. history.Where(e => !IsFolded(e.EventType)).Select(e => Entry(e, scheduled, showInput, showOutput))];
    }

    private static bool IsFolded(WorkflowHistoryEventType type) => type is WorkflowHistoryEventType.OrchestratorStarted
        or WorkflowHistoryEventType.TaskScheduled or WorkflowHistoryEventType.SubOrchestrationInstanceCreated;

    private static JsonObject Entry(WorkflowHistoryEvent e, Dictionary<int, WorkflowHistoryEvent> scheduled, bool showInput, bool showOutput)
    {
        JsonObject entry = new()
        {
            ["EventType"] = e.EventType.ToString(),
            ["EventId"] = e.EventId,
            ["Timestamp"] = StatusPayload.FormatTime(new DateTimeOffset(e.Timestamp, TimeSpan.Zero)),
        };
        WorkflowHistoryEvent? origin = e.TaskId is { } taskId && scheduled.TryGetValue(taskId, out WorkflowHistoryEvent? s) ? s : null;
        Add(entry, "FunctionName", e.Name ?? origin?.Name);
        Add(entry, "ScheduledTime", origin is null ? null : StatusPayload.FormatTime(new DateTimeOffset(origin.Timestamp, TimeSpan.Zero)));
        Add(entry, "TaskScheduledId", e.TaskId is { } id && origin is not null ? id : null);
        Add(entry, "InstanceId", e.InstanceId ?? origin?.InstanceId);
        Add(entry, "FireAt", e.FireAt is { } fireAt ? StatusPayload.FormatTime(new DateTimeOffset(fireAt, TimeSpan.Zero)) : null);
        Add(entry, "Reason", e.Reason);
        Add(entry, "OrchestrationStatus", e.Status?.ToString());
        Add(entry, "FailureDetails", e.Failure is { } failure ? JsonValue.Create(failure.ToString()) : null);
        if (showInput)
        {
            Add(entry, "Input", StatusPayload.Parse(e.Input ?? origin?.Input));
        }

        if (showOutput)
        {
            Add(entry, "Result", StatusPayload.Parse(e.Result));
        }

        return entry;
    }

    private static void Add(JsonObject entry, string key, JsonNode? value)
    {
        if (value is not null)
        {
            entry[key] = value;
        }
    }

    private static void Add(JsonObject entry, string key, string? value) => Add(entry, key, value is null ? null : JsonValue.Create(value));

    private static void Add(JsonObject entry, string key, int? value) => Add(entry, key, value is null ? null : JsonValue.Create(value.Value));
}

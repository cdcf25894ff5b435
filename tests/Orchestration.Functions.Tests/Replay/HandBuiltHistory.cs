using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>Small histories written by hand, as the engine records them: one event per line, numbered in order.</summary>
internal static class HandBuiltHistory
{
    public const string InstanceId = "replay-1";

    public static DateTime At { get; } = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Gets a failure with an inner one, as an activity's timeout over a dropped connection records it.</summary>
    public static WorkflowFailureDetails TimedOut { get; } = new("System.TimeoutException", "No answer.", null, new("System.IO.IOException", "Reset."));

    public static WorkflowHistoryEvent Event(WorkflowHistoryEventType type, DateTime? at = null) => new(0, type, at ?? At);

    public static WorkflowHistoryEvent Started(string workflowName, string? input) =>
        Event(WorkflowHistoryEventType.ExecutionStarted) with { Name = workflowName, Input = input };

    public static WorkflowHistoryEvent Completed(string? result) =>
        Event(WorkflowHistoryEventType.ExecutionCompleted) with { Result = result, Status = WorkflowRuntimeStatus.Completed };

    public static WorkflowHistoryDocument Document(string workflowName, params WorkflowHistoryEvent[] events) =>
        new(workflowName, InstanceId, [.. events.Select((recorded, position) => recorded with { EventId = position })]);

    /// <summary>Converts one event as if it belonged to a run of a workflow named "Greet".</summary>
    public static P.HistoryEvent Converted(WorkflowHistoryEvent recorded) => DurableHistoryConverter.ToHistoryEvent(Document("Greet"), recorded);
}

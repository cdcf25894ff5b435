using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>Small histories written by hand, as the engine records them: one event per line, numbered in order.</summary>
public static class HandBuiltHistory
{
    /// <summary>The run every hand-built history belongs to.</summary>
    public const string InstanceId = "replay-1";

    /// <summary>Gets when the hand-built runs start: the tests' Monday morning.</summary>
    public static DateTime At { get; } = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Gets a failure with an inner one, as an activity's timeout over a dropped connection records it.</summary>
    public static WorkflowFailureDetails TimedOut { get; } = new("System.TimeoutException", "No answer.", null, new("System.IO.IOException", "Reset."));

    /// <summary>An event of a type at a time (the start by default); its position is set by <see cref="Document"/>.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="at">When; <see cref="At"/> by default.</param>
    /// <returns>The event.</returns>
    public static WorkflowHistoryEvent Event(WorkflowHistoryEventType type, DateTime? at = null) => new(0, type, at ?? At);

    /// <summary>The start of a run.</summary>
    /// <param name="workflowName">The workflow.</param>
    /// <param name="input">Its input, as JSON.</param>
    /// <returns>The event.</returns>
    public static WorkflowHistoryEvent Started(string workflowName, string? input) =>
        Event(WorkflowHistoryEventType.ExecutionStarted) with { Name = workflowName, Input = input };

    /// <summary>The successful end of a run.</summary>
    /// <param name="result">Its output, as JSON.</param>
    /// <returns>The event.</returns>
    public static WorkflowHistoryEvent Completed(string? result) =>
        Event(WorkflowHistoryEventType.ExecutionCompleted) with { Result = result, Status = WorkflowRuntimeStatus.Completed };

    /// <summary>A history of the events in order, numbered from 0.</summary>
    /// <param name="workflowName">The workflow.</param>
    /// <param name="events">The events.</param>
    /// <returns>The document.</returns>
    public static WorkflowHistoryDocument Document(string workflowName, params WorkflowHistoryEvent[] events) =>
        new(workflowName, InstanceId, [.. events.Select((recorded, position) => recorded with { EventId = position })]);

    /// <summary>Converts one event as if it belonged to a run of a workflow named "Greet".</summary>
    /// <param name="recorded">The event.</param>
    /// <returns>The Durable Task event.</returns>
    public static P.HistoryEvent Converted(WorkflowHistoryEvent recorded) => DurableHistoryConverter.ToHistoryEvent(Document("Greet"), recorded);
}

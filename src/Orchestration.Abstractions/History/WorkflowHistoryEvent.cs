namespace Orchestration.Abstractions;

/// <summary>
/// One event of a run's history. A flat record: which members are set depends on <see cref="EventType"/>.
/// Histories are exported as JSON arrays of these and replayed by the replayer.
/// </summary>
/// <param name="EventId">The event's position in the history, from 0.</param>
/// <param name="EventType">What the event records.</param>
/// <param name="Timestamp">When it was recorded (UTC).</param>
public sealed record WorkflowHistoryEvent(int EventId, WorkflowHistoryEventType EventType, DateTime Timestamp)
{
    /// <summary>Gets the step that scheduled the task, timer or sub-workflow this event concerns.</summary>
    public int? TaskId { get; init; }

    /// <summary>Gets the activity, workflow or event name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the sub-workflow's instance id, or the parent's for <see cref="WorkflowHistoryEventType.ExecutionStarted"/>.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Gets the input or event payload, as JSON.</summary>
    public string? Input { get; init; }

    /// <summary>Gets the result or output, as JSON.</summary>
    public string? Result { get; init; }

    /// <summary>Gets the failure, for failed tasks and runs.</summary>
    public WorkflowFailureDetails? Failure { get; init; }

    /// <summary>Gets when a timer fires (UTC).</summary>
    public DateTime? FireAt { get; init; }

    /// <summary>Gets a client's reason (suspend, resume, terminate).</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the final status, for <see cref="WorkflowHistoryEventType.ExecutionCompleted"/>.</summary>
    public WorkflowRuntimeStatus? Status { get; init; }
}

using Google.Protobuf.WellKnownTypes;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.Durable;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Turns the engine's history events into the protobuf history events a Durable Task backend hands the isolated
/// worker. The engine's task id is Durable Task's sequence number: the event id of what was scheduled, and what its
/// completion refers to (<c>TaskScheduledId</c>, <c>TimerId</c>).
/// </summary>
public static class DurableHistoryConverter
{
    /// <summary>The event id Durable Task gives an event that schedules nothing.</summary>
    public const int NoEventId = -1;

    /// <summary>The execution id of every replayed run: the engine records none, and replay reads none.</summary>
    public const string ExecutionId = "replay";

    /// <summary>Converts one recorded event of <paramref name="document"/>.</summary>
    /// <param name="document">The history the event belongs to: its instance id and workflow name.</param>
    /// <param name="recorded">The engine's event.</param>
    /// <returns>The Durable Task event.</returns>
    /// <exception cref="NotSupportedException">An event type Durable Task has no event for.</exception>
    public static P.HistoryEvent ToHistoryEvent(WorkflowHistoryDocument document, WorkflowHistoryEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(recorded);
        P.HistoryEvent converted = new() { EventId = NoEventId, Timestamp = ToTimestamp(recorded.Timestamp) };
        switch (recorded.EventType)
        {
            case WorkflowHistoryEventType.OrchestratorStarted:
                converted.OrchestratorStarted = new P.OrchestratorStartedEvent();
                break;
            case WorkflowHistoryEventType.ExecutionStarted:
                converted.ExecutionStarted = ExecutionStarted(document, recorded);
                break;
            case WorkflowHistoryEventType.TaskScheduled:
                converted.EventId = StepOf(recorded);
                converted.TaskScheduled = new P.TaskScheduledEvent { Name = recorded.Name, Input = DurablePayloads.WrapActivityInput(recorded.Input) };
                break;
            case WorkflowHistoryEventType.TaskCompleted:
                converted.TaskCompleted = new P.TaskCompletedEvent { TaskScheduledId = StepOf(recorded), Result = recorded.Result };
                break;
            case WorkflowHistoryEventType.TaskFailed:
                converted.TaskFailed = new P.TaskFailedEvent { TaskScheduledId = StepOf(recorded), FailureDetails = ToFailureDetails(recorded.Failure) };
                break;
            case WorkflowHistoryEventType.TimerCreated:
                converted.EventId = StepOf(recorded);
                converted.TimerCreated = new P.TimerCreatedEvent { FireAt = ToTimestamp(FireAtOf(recorded)) };
                break;
            case WorkflowHistoryEventType.TimerFired:
                converted.TimerFired = new P.TimerFiredEvent { TimerId = StepOf(recorded), FireAt = ToTimestamp(FireAtOf(recorded)) };
                break;
            case WorkflowHistoryEventType.SubOrchestrationInstanceCreated:
                converted.EventId = StepOf(recorded);
                converted.SubOrchestrationInstanceCreated = new P.SubOrchestrationInstanceCreatedEvent
                {
                    Name = recorded.Name,
                    InstanceId = recorded.InstanceId,
                    Input = recorded.Input,
                };
                break;
            case WorkflowHistoryEventType.SubOrchestrationInstanceCompleted:
                converted.SubOrchestrationInstanceCompleted = new P.SubOrchestrationInstanceCompletedEvent
                {
                    TaskScheduledId = StepOf(recorded),
                    Result = recorded.Result,
                };
                break;
            case WorkflowHistoryEventType.SubOrchestrationInstanceFailed:
                converted.SubOrchestrationInstanceFailed = new P.SubOrchestrationInstanceFailedEvent
                {
                    TaskScheduledId = StepOf(recorded),
                    FailureDetails = ToFailureDetails(recorded.Failure),
                };
                break;
            case WorkflowHistoryEventType.EventRaised:
                converted.EventRaised = new P.EventRaisedEvent { Name = recorded.Name, Input = recorded.Input };
                break;
            case WorkflowHistoryEventType.ExecutionSuspended:
                converted.ExecutionSuspended = new P.ExecutionSuspendedEvent { Input = recorded.Reason };
                break;
            case WorkflowHistoryEventType.ExecutionResumed:
                converted.ExecutionResumed = new P.ExecutionResumedEvent { Input = recorded.Reason };
                break;
            case WorkflowHistoryEventType.ExecutionTerminated:
                // Durable Task's client sends the reason serialized, as the engine stores a terminated run's output.
                converted.ExecutionTerminated = new P.ExecutionTerminatedEvent { Input = WorkflowJson.Serialize(recorded.Reason) };
                break;
            case WorkflowHistoryEventType.ContinuedAsNew:
                converted.ContinueAsNew = new P.ContinueAsNewEvent { Input = recorded.Input };
                break;
            case WorkflowHistoryEventType.ExecutionCompleted:
                converted.ExecutionCompleted = new P.ExecutionCompletedEvent
                {
                    OrchestrationStatus = ToOrchestrationStatus(recorded.Status ?? WorkflowRuntimeStatus.Completed),
                    Result = recorded.Result,
                    FailureDetails = ToFailureDetails(recorded.Failure),
                };
                break;
            default:
                throw new NotSupportedException($"Durable Task has no history event for {recorded.EventType}.");
        }

        return converted;
    }

    /// <summary>Converts a failure; null stays null.</summary>
    /// <param name="failure">The engine's failure details.</param>
    /// <returns>Durable Task's failure details.</returns>
    public static P.TaskFailureDetails? ToFailureDetails(WorkflowFailureDetails? failure) => failure is null ? null : new P.TaskFailureDetails
    {
        ErrorType = failure.ErrorType,
        ErrorMessage = failure.ErrorMessage,
        StackTrace = failure.StackTrace,
        InnerFailure = ToFailureDetails(failure.InnerFailure),
    };

    /// <summary>Converts a run status; the two enums share their numbers.</summary>
    /// <param name="status">The engine's status.</param>
    /// <returns>Durable Task's status.</returns>
    public static P.OrchestrationStatus ToOrchestrationStatus(WorkflowRuntimeStatus status) => (P.OrchestrationStatus)DurableMappings.ToDurableStatus(status);

    private static P.ExecutionStartedEvent ExecutionStarted(WorkflowHistoryDocument document, WorkflowHistoryEvent recorded) => new()
    {
        Name = recorded.Name ?? document.WorkflowName,
        Input = recorded.Input,
        OrchestrationInstance = new P.OrchestrationInstance { InstanceId = document.InstanceId, ExecutionId = ExecutionId },

        // The engine records a child's parent by instance id only.
        ParentInstance = recorded.InstanceId is null ? null : new P.ParentInstanceInfo
        {
            OrchestrationInstance = new P.OrchestrationInstance { InstanceId = recorded.InstanceId },
        },
    };

    private static int StepOf(WorkflowHistoryEvent recorded) =>
        recorded.TaskId ?? throw new NotSupportedException($"Event #{recorded.EventId} ({recorded.EventType}) names no step.");

    private static DateTime FireAtOf(WorkflowHistoryEvent recorded) =>
        recorded.FireAt ?? throw new NotSupportedException($"Event #{recorded.EventId} ({recorded.EventType}) has no fire time.");

    // History times are UTC; one read without a kind is taken as UTC, as Durable Task's own conversion does.
    private static Timestamp ToTimestamp(DateTime time) =>
        Timestamp.FromDateTime(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());
}

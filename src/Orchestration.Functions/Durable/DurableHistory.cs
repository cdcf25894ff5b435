using DurableTask.Core.History;
using Orchestration.Abstractions;
using CoreFailureDetails = DurableTask.Core.FailureDetails;

namespace Orchestration.Functions.Durable;

/// <summary>
/// A Durable Task history as the seam's: the same event types, the step a completion belongs to in
/// <see cref="WorkflowHistoryEvent.TaskId"/> (Durable Task's schedule id), the activity or workflow name on completions
/// too (Durable Task records it on the scheduled event only), and positions from 0 as event ids. Bookkeeping events
/// (orchestrator completed, generic events) are left out, as the engine does not record them.
/// </summary>
internal static class DurableHistory
{
    public static IReadOnlyList<WorkflowHistoryEvent> ToWorkflowHistory(IEnumerable<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        Dictionary<int, string> scheduledNames = [];
        List<WorkflowHistoryEvent> events = [];
        foreach (HistoryEvent recorded in history)
        {
            if (recorded is TaskScheduledEvent or SubOrchestrationInstanceCreatedEvent)
            {
                scheduledNames[recorded.EventId] = NameOf(recorded);
            }

            if (ToWorkflowEvent(recorded, events.Count, scheduledNames) is { } mapped)
            {
                events.Add(mapped);
            }
        }

        return events;
    }

    private static string NameOf(HistoryEvent scheduled) => scheduled switch
    {
        TaskScheduledEvent task => task.Name ?? string.Empty,
        SubOrchestrationInstanceCreatedEvent child => child.Name ?? string.Empty,
        _ => string.Empty,
    };

    private static WorkflowHistoryEvent? ToWorkflowEvent(HistoryEvent recorded, int position, Dictionary<int, string> names)
    {
        WorkflowHistoryEvent Event(WorkflowHistoryEventType type) => new(position, type, recorded.Timestamp);
        string? NameOfStep(int taskId) => names.GetValueOrDefault(taskId);
        return recorded switch
        {
            OrchestratorStartedEvent => Event(WorkflowHistoryEventType.OrchestratorStarted),
            ExecutionStartedEvent started => Event(WorkflowHistoryEventType.ExecutionStarted) with
            {
                Name = started.Name,
                Input = started.Input,
                InstanceId = started.ParentInstance?.OrchestrationInstance?.InstanceId,
            },
            TaskScheduledEvent task => Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = task.EventId, Name = task.Name, Input = task.Input },
            TaskCompletedEvent done => Event(WorkflowHistoryEventType.TaskCompleted) with
            {
                TaskId = done.TaskScheduledId, Name = NameOfStep(done.TaskScheduledId), Result = done.Result,
            },
            TaskFailedEvent failed => Event(WorkflowHistoryEventType.TaskFailed) with
            {
                TaskId = failed.TaskScheduledId, Name = NameOfStep(failed.TaskScheduledId), Failure = ToFailure(failed.FailureDetails, failed.Reason),
            },
            TimerCreatedEvent timer => Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = timer.EventId, FireAt = timer.FireAt },
            TimerFiredEvent fired => Event(WorkflowHistoryEventType.TimerFired) with { TaskId = fired.TimerId, FireAt = fired.FireAt },
            SubOrchestrationInstanceCreatedEvent child => Event(WorkflowHistoryEventType.SubOrchestrationInstanceCreated) with
            {
                TaskId = child.EventId, Name = child.Name, InstanceId = child.InstanceId, Input = child.Input,
            },
            SubOrchestrationInstanceCompletedEvent done => Event(WorkflowHistoryEventType.SubOrchestrationInstanceCompleted) with
            {
                TaskId = done.TaskScheduledId, Name = NameOfStep(done.TaskScheduledId), Result = done.Result,
            },
            SubOrchestrationInstanceFailedEvent failed => Event(WorkflowHistoryEventType.SubOrchestrationInstanceFailed) with
            {
                TaskId = failed.TaskScheduledId, Name = NameOfStep(failed.TaskScheduledId), Failure = ToFailure(failed.FailureDetails, failed.Reason),
            },
            EventRaisedEvent raised => Event(WorkflowHistoryEventType.EventRaised) with { Name = raised.Name, Input = raised.Input },
            ExecutionSuspendedEvent suspended => Event(WorkflowHistoryEventType.ExecutionSuspended) with { Reason = suspended.Reason },
            ExecutionResumedEvent resumed => Event(WorkflowHistoryEventType.ExecutionResumed) with { Reason = resumed.Reason },
            ExecutionTerminatedEvent terminated => Event(WorkflowHistoryEventType.ExecutionTerminated) with { Reason = terminated.Input },
            ContinueAsNewEvent next => Event(WorkflowHistoryEventType.ContinuedAsNew) with { Input = next.Result },
            ExecutionCompletedEvent completed => Event(WorkflowHistoryEventType.ExecutionCompleted) with
            {
                Status = DurableMappings.ToWorkflowStatus((int)completed.OrchestrationStatus),
                Result = completed.FailureDetails is null ? completed.Result : null,
                Failure = completed.FailureDetails is { } failure ? ToFailure(failure, completed.Result) : null,
            },
            _ => null,
        };
    }

    // Failures recorded without details (older hosts, exception serialization mode) keep at least their reason.
    private static WorkflowFailureDetails ToFailure(CoreFailureDetails? details, string? reason) => details is null
        ? new WorkflowFailureDetails(typeof(Exception).FullName!, reason ?? "unknown failure")
        : ToFailure(details);

    private static WorkflowFailureDetails ToFailure(CoreFailureDetails details) => new(
        details.ErrorType, details.ErrorMessage, details.StackTrace, details.InnerFailure is null ? null : ToFailure(details.InnerFailure));
}

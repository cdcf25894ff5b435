using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

internal enum ActionKind
{
    Activity,
    Timer,
    SubWorkflow,
}

/// <summary>Something workflow code scheduled; history must confirm it on replay, or it is new work to commit.</summary>
internal sealed record PendingAction(int TaskId, ActionKind Kind, string Name)
{
    public string? Input { get; init; }

    public DateTime FireAt { get; init; }

    public string? ChildInstanceId { get; init; }

    public static WorkflowHistoryEventType ScheduledEventType(ActionKind kind) => kind switch
    {
        ActionKind.Activity => WorkflowHistoryEventType.TaskScheduled,
        ActionKind.Timer => WorkflowHistoryEventType.TimerCreated,
        _ => WorkflowHistoryEventType.SubOrchestrationInstanceCreated,
    };

    public string Describe() => Kind switch
    {
        ActionKind.Activity => $"activity '{Name}'",
        ActionKind.Timer => "a durable timer",
        _ => $"sub-workflow '{Name}'",
    };

    public WorkflowHistoryEvent ToHistoryEvent(int eventId, DateTime timestamp) =>
        new(eventId, ScheduledEventType(Kind), timestamp)
        {
            TaskId = TaskId,
            Name = Kind == ActionKind.Timer ? null : Name,
            Input = Input,
            FireAt = Kind == ActionKind.Timer ? FireAt : null,
            InstanceId = ChildInstanceId,
        };
}

using Orchestration.Abstractions;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Compares the steps Durable Task scheduled in an episode (its actions, by sequence number) with the steps the history
/// recorded the code scheduling there: the same kind and name, the same input, timer fire time and child instance id.
/// </summary>
internal static class DurableStepComparison
{
    public static string? FirstDifference(DurableEpisode episode, IEnumerable<P.OrchestratorAction> actions)
    {
        Dictionary<int, WorkflowHistoryEvent> recorded = episode.Scheduled.ToDictionary(e => e.TaskId ?? DurableHistoryConverter.NoEventId);
        Dictionary<int, P.OrchestratorAction> scheduled = actions.Where(a => a.CompleteOrchestration is null).ToDictionary(a => a.Id);
        foreach (int step in recorded.Keys.Union(scheduled.Keys).Order())
        {
            string? difference = (recorded.GetValueOrDefault(step), scheduled.GetValueOrDefault(step)) switch
            {
                ({ } expected, null) => $"Durable Task scheduled nothing where the history has {Describe(expected)}",
                (null, { } action) => $"Durable Task scheduled {Describe(action)}, which the history does not record",
                ({ } expected, { } action) => Compare(expected, action),
                _ => null,
            };
            if (difference is not null)
            {
                return $"step #{step}: {difference}.";
            }
        }

        return null;
    }

    public static string Describe(WorkflowHistoryEvent recorded) => recorded.EventType switch
    {
        WorkflowHistoryEventType.TaskScheduled => $"activity '{recorded.Name}'",
        WorkflowHistoryEventType.TimerCreated => "a durable timer",
        _ => $"sub-workflow '{recorded.Name}'",
    };

    private static string Describe(P.OrchestratorAction action) => action.OrchestratorActionTypeCase switch
    {
        P.OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask => $"activity '{action.ScheduleTask.Name}'",
        P.OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer => "a durable timer",
        P.OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration => $"sub-workflow '{action.CreateSubOrchestration.Name}'",
        P.OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => $"event '{action.SendEvent.Name}' to '{action.SendEvent.Instance?.InstanceId}'",
        _ => action.OrchestratorActionTypeCase.ToString(),
    };

    private static string? Compare(WorkflowHistoryEvent expected, P.OrchestratorAction action) => (expected.EventType, action) switch
    {
        (WorkflowHistoryEventType.TaskScheduled, { ScheduleTask: { } task }) when task.Name == expected.Name =>
            CompareInput(expected, action, DurablePayloads.UnwrapActivityInput(task.Input)),
        (WorkflowHistoryEventType.TimerCreated, { CreateTimer: { } timer }) => timer.FireAt.ToDateTime() == expected.FireAt
            ? null
            : $"Durable Task set a durable timer for {timer.FireAt.ToDateTime():o} where the history has one for {expected.FireAt:o}",
        (WorkflowHistoryEventType.SubOrchestrationInstanceCreated, { CreateSubOrchestration: { } child }) when child.Name == expected.Name =>
            child.InstanceId == expected.InstanceId
                ? CompareInput(expected, action, child.Input)
                : $"Durable Task started {Describe(action)} as '{child.InstanceId}' where the history has it as '{expected.InstanceId}'",
        _ => $"Durable Task scheduled {Describe(action)} where the history has {Describe(expected)}",
    };

    private static string? CompareInput(WorkflowHistoryEvent expected, P.OrchestratorAction action, string? input) =>
        DurablePayloads.SameValue(input, expected.Input)
            ? null
            : $"Durable Task scheduled {Describe(action)} with input {DurablePayloads.Show(input)} where the history has {DurablePayloads.Show(expected.Input)}";
}

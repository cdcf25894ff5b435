using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// One episode of a recorded history, split as Durable Task splits a work item: the events before it (past), its
/// <see cref="WorkflowHistoryEventType.OrchestratorStarted"/> and what arrived (new), and what the code decided in it
/// (the steps it scheduled and the run's end), which the replayed code must decide again.
/// </summary>
/// <param name="Number">The episode's position in the history, from 0.</param>
/// <param name="Past">Every event before the episode.</param>
/// <param name="Incoming">The episode's <see cref="WorkflowHistoryEventType.OrchestratorStarted"/> and the events that arrived.</param>
/// <param name="Decided">What the code scheduled, then the run's end when the episode ended it.</param>
public sealed record DurableEpisode(
    int Number, IReadOnlyList<WorkflowHistoryEvent> Past, IReadOnlyList<WorkflowHistoryEvent> Incoming, IReadOnlyList<WorkflowHistoryEvent> Decided)
{
    /// <summary>Gets the recorded end of the run in this episode: completed, failed, continued as new or terminated.</summary>
    public WorkflowHistoryEvent? Ending =>
        Decided.LastOrDefault(e => e.EventType is WorkflowHistoryEventType.ExecutionCompleted or WorkflowHistoryEventType.ContinuedAsNew)
        ?? Incoming.LastOrDefault(e => e.EventType == WorkflowHistoryEventType.ExecutionTerminated);

    /// <summary>Gets the steps the code scheduled in this episode.</summary>
    public IEnumerable<WorkflowHistoryEvent> Scheduled => Decided.Where(IsScheduled);

    /// <summary>Splits a history into its episodes, each starting at an <see cref="WorkflowHistoryEventType.OrchestratorStarted"/>.</summary>
    /// <param name="document">The history.</param>
    /// <returns>The episodes, in order.</returns>
    public static IReadOnlyList<DurableEpisode> Split(WorkflowHistoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<DurableEpisode> episodes = [];
        int start = 0;
        for (int next = 1; next <= document.Events.Count; next++)
        {
            if (next == document.Events.Count || document.Events[next].EventType == WorkflowHistoryEventType.OrchestratorStarted)
            {
                IReadOnlyList<WorkflowHistoryEvent> events = [.. document.Events.Skip(start).Take(next - start)];
                episodes.Add(new DurableEpisode(
                    episodes.Count, [.. document.Events.Take(start)], [.. events.Where(IsIncoming)], [.. events.Where(e => !IsIncoming(e))]));
                start = next;
            }
        }

        return episodes;
    }

    /// <summary>Builds the request a Durable Task backend would send the orchestrator function for this episode.</summary>
    /// <param name="document">The history the episode belongs to.</param>
    /// <returns>The request: the past events, and the new ones.</returns>
    public P.OrchestratorRequest ToRequest(WorkflowHistoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        P.OrchestratorRequest request = new() { InstanceId = document.InstanceId, ExecutionId = DurableHistoryConverter.ExecutionId };
        request.PastEvents.AddRange(Past.Select(e => DurableHistoryConverter.ToHistoryEvent(document, e)));
        request.NewEvents.AddRange(Incoming.Select(e => DurableHistoryConverter.ToHistoryEvent(document, e)));
        return request;
    }

    /// <summary>Tells whether an event schedules a step: an activity, a durable timer or a sub-workflow.</summary>
    /// <param name="recorded">The event.</param>
    /// <returns>True for a scheduled step.</returns>
    public static bool IsScheduled(WorkflowHistoryEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.EventType is WorkflowHistoryEventType.TaskScheduled or WorkflowHistoryEventType.TimerCreated
            or WorkflowHistoryEventType.SubOrchestrationInstanceCreated;
    }

    // What the code decides (its steps and the run's end) is its output; everything else is fed to it. A termination
    // is fed too: Durable Task ends the run on receiving it.
    private static bool IsIncoming(WorkflowHistoryEvent recorded) =>
        !IsScheduled(recorded) && recorded.EventType is not (WorkflowHistoryEventType.ExecutionCompleted or WorkflowHistoryEventType.ContinuedAsNew);
}

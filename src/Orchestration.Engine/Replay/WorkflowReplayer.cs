using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Engine.Execution;

namespace Orchestration.Engine.Replay;

/// <summary>
/// Replays an exported history against the current workflow code without running any activity, and reports
/// success or the first divergence: the check a change to workflow code must pass before it ships.
/// </summary>
public static class WorkflowReplayer
{
    /// <summary>Replays <paramref name="document"/> with the code registered in <paramref name="registry"/>.</summary>
    /// <param name="registry">The current workflow code.</param>
    /// <param name="document">The recorded history.</param>
    /// <returns>Success, or the first divergence.</returns>
    public static ReplayResult Replay(WorkflowRegistry registry, WorkflowHistoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(document);
        if (!registry.TryCreateWorkflow(document.WorkflowName, out _))
        {
            return ReplayResult.Diverged($"No workflow named '{document.WorkflowName}' is registered.");
        }

        List<WorkflowHistoryEvent> past = [.. document.Events.Where(IsInput)];
        WorkflowExecutor executor = new(registry, NullLoggerFactory.Instance);
        EpisodeOutcome replayed = executor.Execute(document.InstanceId, document.WorkflowName, null, past, []);
        if (replayed.NonDeterminism is { } divergence)
        {
            return ReplayResult.Diverged(divergence.Message);
        }

        return CompareEnding(document.Events, replayed);
    }

    // Endings are what the replay must reproduce, not feed: they are compared afterwards.
    private static bool IsInput(WorkflowHistoryEvent recorded) =>
        recorded.EventType is not (WorkflowHistoryEventType.ExecutionCompleted or WorkflowHistoryEventType.ContinuedAsNew
            or WorkflowHistoryEventType.ExecutionTerminated);

    private static ReplayResult CompareEnding(IReadOnlyList<WorkflowHistoryEvent> events, EpisodeOutcome replayed)
    {
        WorkflowHistoryEvent? ending = events.LastOrDefault(e => !IsInput(e));
        WorkflowHistoryEvent? replayedEnding = replayed.AppendedEvents.LastOrDefault(e => !IsInput(e));
        return ending?.EventType switch
        {
            null or WorkflowHistoryEventType.ExecutionTerminated => replayed.Finished
                ? ReplayResult.Diverged($"The history is still running, but the replayed code finished ({Describe(replayedEnding)}).")
                : ReplayResult.Success,
            WorkflowHistoryEventType.ContinuedAsNew => replayed.ContinueAsNew is not null
                ? ReplayResult.Success
                : ReplayResult.Diverged($"The history continued as new, but the replayed code {Describe(replayedEnding)}."),
            _ => CompareCompletion(ending, replayed, replayedEnding),
        };
    }

    private static ReplayResult CompareCompletion(WorkflowHistoryEvent ending, EpisodeOutcome replayed, WorkflowHistoryEvent? replayedEnding)
    {
        if (!replayed.Finished || replayed.Status != ending.Status)
        {
            return ReplayResult.Diverged($"The history ended {ending.Status}, but the replayed code {Describe(replayedEnding)}.");
        }

        if (ending.Status == WorkflowRuntimeStatus.Completed && !string.Equals(ending.Result, replayed.Output, StringComparison.Ordinal))
        {
            return ReplayResult.Diverged($"The history completed with {ending.Result}, but the replayed code returned {replayed.Output}.");
        }

        return ReplayResult.Success;
    }

    private static string Describe(WorkflowHistoryEvent? ending) => ending switch
    {
        null => "is still waiting",
        { EventType: WorkflowHistoryEventType.ContinuedAsNew } => "continued as new",
        { Status: WorkflowRuntimeStatus.Failed } => $"failed ({ending.Failure})",
        _ => $"ended {ending.Status} with {ending.Result}",
    };
}

using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>Everything one episode writes, applied in one savepoint of a group commit.</summary>
internal sealed record EpisodeCommit(string InstanceId, int Generation, DateTime Now)
{
    public IReadOnlyList<long> ConsumedMessages { get; init; } = [];

    /// <summary>Gets the work items whose results this episode applied (or dropped): deleted in the same commit.</summary>
    public IReadOnlyList<ActivityWorkItem> CompletedActivities { get; init; } = [];

    public IReadOnlyList<WorkflowHistoryEvent> AppendedEvents { get; init; } = [];

    /// <summary>Gets the run's status afterwards; null leaves the row as it is (nothing was applied).</summary>
    public WorkflowRuntimeStatus? Status { get; init; }

    public string? Output { get; init; }

    public WorkflowFailureDetails? Failure { get; init; }

    public string? CustomStatus { get; init; }

    public IReadOnlyList<ActivityWorkItem> Activities { get; init; } = [];

    public IReadOnlyList<DueTimer> Timers { get; init; } = [];

    public IReadOnlyList<ChildStart> Children { get; init; } = [];

    /// <summary>Gets messages for other runs (a parent learning its child finished) or for this one (a child that could not start).</summary>
    public IReadOnlyList<OutgoingMessage> Messages { get; init; } = [];

    /// <summary>Gets the next generation's input, when the code continued as new.</summary>
    public ContinuedGeneration? ContinueAsNew { get; init; }
}

/// <summary>A sub-workflow to create, with the parent step that awaits it.</summary>
internal sealed record ChildStart(string InstanceId, string Name, string? Input, int ParentTaskId);

/// <summary>A message to put in a run's inbox.</summary>
internal sealed record OutgoingMessage(string InstanceId, int? Generation, WorkflowHistoryEvent Event);

/// <summary>The next generation of a run that continued as new, with the events it carries over.</summary>
internal sealed record ContinuedGeneration(string WorkflowName, string? Input, IReadOnlyList<WorkflowHistoryEvent> CarriedEvents);

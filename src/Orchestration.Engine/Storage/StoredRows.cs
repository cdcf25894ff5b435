using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>A run's row: what an episode needs besides its history.</summary>
internal sealed record InstanceRow(string InstanceId, string Name, WorkflowRuntimeStatus Status, int Generation)
{
    public int HistoryLength { get; init; }

    public string? CustomStatus { get; init; }

    public string? ParentInstanceId { get; init; }

    public int? ParentTaskId { get; init; }

    public int? ParentGeneration { get; init; }
}

/// <summary>A message waiting for the run's next episode; generation-less messages (events, commands) survive continue-as-new.</summary>
internal sealed record InboxMessage(long Seq, int? Generation, WorkflowHistoryEvent Event)
{
    /// <summary>Gets the work item whose result this is, for a result handed over in memory rather than stored.</summary>
    public ActivityWorkItem? CompletedActivity { get; init; }
}

/// <summary>An activity to run: the row is deleted in the same transaction that records its result.</summary>
internal sealed record ActivityWorkItem(string InstanceId, int Generation, int TaskId, string Name, string? Input);

/// <summary>A durable timer due to fire.</summary>
internal sealed record DueTimer(string InstanceId, int Generation, int TaskId, DateTime FireAt);

/// <summary>Everything one episode reads: the run, its history and its unprocessed messages.</summary>
internal sealed record EpisodeSnapshot(InstanceRow Instance, IReadOnlyList<WorkflowHistoryEvent> History, IReadOnlyList<InboxMessage> Inbox);

using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>What one episode decided: the events to append, the new work, and the run's status afterwards.</summary>
internal sealed record EpisodeOutcome
{
    public required IReadOnlyList<WorkflowHistoryEvent> AppendedEvents { get; init; }

    public required IReadOnlyList<PendingAction> NewActions { get; init; }

    public required WorkflowRuntimeStatus Status { get; init; }

    public string? Output { get; init; }

    public WorkflowFailureDetails? Failure { get; init; }

    public string? CustomStatus { get; init; }

    public ContinueAsNewRequest? ContinueAsNew { get; init; }

    public IReadOnlyList<(string Name, string? Payload)> CarriedEvents { get; init; } = [];

    /// <summary>Gets the divergence, when replayed code did something other than its history.</summary>
    public NonDeterministicWorkflowException? NonDeterminism { get; init; }

    /// <summary>Gets a value indicating whether the code returned (or threw) in this episode.</summary>
    public bool Finished => Status.IsTerminal() || ContinueAsNew is not null;
}

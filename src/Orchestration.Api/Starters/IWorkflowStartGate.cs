namespace Orchestration.Api.Starters;

/// <summary>
/// Asked before an HTTP starter starts a run (for example the kill switch). Every gate registered in dependency
/// injection is asked; the first refusal wins and nothing starts.
/// </summary>
public interface IWorkflowStartGate
{
    /// <summary>Decides whether a run of <paramref name="workflowName"/> may start now.</summary>
    /// <param name="workflowName">The registered workflow name.</param>
    /// <param name="cancellation">Stops the check.</param>
    /// <returns>Null to allow; a refusal to stop the start.</returns>
    ValueTask<WorkflowStartRefusal?> CheckAsync(string workflowName, CancellationToken cancellation);
}

/// <summary>Why a start was refused; the starter answers 409 with these as problem details.</summary>
/// <param name="Code">A stable machine-readable code, for example <c>kill-switch-engaged</c>.</param>
/// <param name="Reason">A sentence for people: who switched what off, and why.</param>
public sealed record WorkflowStartRefusal(string Code, string Reason);

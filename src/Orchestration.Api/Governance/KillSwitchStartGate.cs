using Orchestration.Api.Starters;
using Orchestration.Governance.KillSwitch;

namespace Orchestration.Api.Governance;

/// <summary>Refuses to start a run while the global kill switch or the workflow's own switch is engaged.</summary>
/// <param name="store">The kill switches.</param>
public sealed class KillSwitchStartGate(IKillSwitchStore store) : IWorkflowStartGate
{
    /// <summary>The refusal code the starter answers 409 with.</summary>
    public const string Code = "kill-switch-engaged";

    /// <inheritdoc/>
    public async ValueTask<WorkflowStartRefusal?> CheckAsync(string workflowName, CancellationToken cancellation)
    {
        IReadOnlyList<KillSwitchState> engaged = await store.GetEngagedAsync(cancellation);
        KillSwitchState? stop = engaged.FirstOrDefault(state => state.Scope != KillSwitchScope.Agent && state.Stops([workflowName], agentId: null));
        return stop is null ? null : new WorkflowStartRefusal(Code, stop.Describe());
    }
}

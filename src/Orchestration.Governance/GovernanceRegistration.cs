using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.DataQuality;
using Orchestration.Governance.Guardrails;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;

namespace Orchestration.Governance;

/// <summary>
/// Adds governance to a host's registry: the policy pinning activity and the dispatch filters, in the order that
/// refuses cheapest and most absolute first: kill switch, agent registry, guardrails, data-quality gates.
/// </summary>
/// <param name="catalog">The policy bundles.</param>
/// <param name="killSwitch">The kill switch filter.</param>
/// <param name="agents">The agent registry filter.</param>
/// <param name="guardrails">The guardrail filter.</param>
/// <param name="dataQuality">The data-quality filter.</param>
public sealed class GovernanceRegistration(
    PolicyBundleCatalog catalog, KillSwitchFilter killSwitch, AgentRegistryFilter agents, GuardrailFilter guardrails, DataQualityFilter dataQuality)
    : IWorkflowRegistration
{
    /// <inheritdoc/>
    public void AddTo(WorkflowRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddActivity(new PinPolicyBundleActivity(catalog))
            .AddActivityFilter(killSwitch)
            .AddActivityFilter(agents)
            .AddActivityFilter(guardrails)
            .AddActivityFilter(dataQuality);
    }
}

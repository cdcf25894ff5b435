using Orchestration.Governance.Agents;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;

namespace Orchestration.Api.Governance;

/// <summary>What the governance API shows: plain shapes with enums as the words the YAML files use.</summary>
internal static class GovernanceViews
{
    public static object Agents(AgentRegistry registry) => new
    {
        agents = registry.Agents.Select(agent => new
        {
            agent.Id,
            kind = agent.Kind.ToString(),
            agent.Owner,
            agent.Version,
            agent.Description,
            agent.Purpose,
            implementation = agent.Implementation.ToString(),
            agent.Prompt,
            agent.Model,
            agent.Actions,
            agent.Connectors,
            agent.DataClasses,
            agent.Autonomy,
            agent.Enabled,
        }),
        activities = registry.Bindings,
        exempt = registry.Exempt,
    };

    public static object Policies(PolicyBundleCatalog catalog) => new
    {
        active = catalog.Active.Select(bundle => new
        {
            bundle.Id,
            bundle.Version,
            bundle.Digest,
            bundle.Description,
            @default = bundle.Default.ToString(),
            bundle.DataSets,
            rules = bundle.Rules.Select(rule => new
            {
                rule.Id,
                rule.Description,
                rule.When,
                outcome = rule.Outcome.ToString(),
                rule.Reason,
                rule.Approval,
                rule.EscalateTo,
            }),
        }),
        versions = catalog.All.Select(bundle => new { bundle.Id, bundle.Version, bundle.Digest }),
    };

    public static object KillSwitches(IReadOnlyList<KillSwitchState> engaged, IReadOnlyList<KillSwitchChange> history) => new
    {
        engaged = engaged.Select(state => new { scope = state.Scope.ToString(), state.Target, state.Actor, state.Reason, state.Since, state.SuspendedInstances }),
        history = history.Select(Change),
    };

    public static object Change(KillSwitchChange change) => new
    {
        change.Sequence,
        action = change.Action.ToString(),
        scope = change.Scope.ToString(),
        change.Target,
        change.Actor,
        change.Reason,
        change.At,
        change.Instances,
    };
}

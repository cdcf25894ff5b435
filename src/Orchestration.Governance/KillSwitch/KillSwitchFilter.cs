using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.KillSwitch;

/// <summary>
/// Refuses every activity call that an engaged kill switch covers, at the next dispatch after it is engaged: the
/// global switch, the switch of the run's workflow (or of a parent run's), or the switch of the activity's agent.
/// </summary>
/// <param name="store">The kill switches.</param>
/// <param name="registry">Which agent performs each activity.</param>
/// <param name="workflows">Finds the workflow names of a run and its parents.</param>
/// <param name="records">Where refusals are recorded.</param>
/// <param name="time">The clock for the records.</param>
public sealed class KillSwitchFilter(
    IKillSwitchStore store, AgentRegistry registry, IWorkflowLineage workflows, IGovernanceRecordSink records, TimeProvider time)
    : GovernanceFilter(records, time)
{
    /// <inheritdoc/>
    protected override async ValueTask<GovernanceRefusal?> CheckAsync(WorkflowActivityContext context, object? input)
    {
        // Exempt activities are the product's own bookkeeping (the ledger, policy pins): a stopped run must still
        // record why it stopped, so no kill switch silences them.
        if (registry.IsExempt(context.Name))
        {
            return null;
        }

        IReadOnlyList<KillSwitchState> engaged = await store.GetEngagedAsync(context.CancellationToken);
        if (engaged.Count == 0)
        {
            return null;
        }

        ActivityBinding? binding = registry.FindBinding(context.Name);
        IReadOnlyList<string> names = engaged.Any(state => state.Scope == KillSwitchScope.Workflow)
            ? await workflows.GetWorkflowNamesAsync(context.InstanceId, context.CancellationToken)
            : [];
        KillSwitchState? stop = engaged.FirstOrDefault(state => state.Stops(names, binding?.AgentId));
        return stop is null
            ? null
            : new GovernanceRefusal(RefusalCodes.KillSwitchEngaged, stop.Describe(), AgentId: binding?.AgentId, Action: binding?.Action)
            {
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["scope"] = stop.Scope.ToString(),
                    ["target"] = stop.Target,
                    ["actor"] = stop.Actor,
                },
            };
    }
}

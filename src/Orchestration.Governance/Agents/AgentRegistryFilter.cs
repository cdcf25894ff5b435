using Orchestration.Abstractions;
using Orchestration.Governance.Inputs;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Agents;

/// <summary>
/// Sends every activity call through the agent registry: an unbound activity, an unregistered or disabled agent,
/// an action, connector or data class outside its scope, or an amount above its autonomy limit is refused.
/// </summary>
/// <param name="registry">The registry.</param>
/// <param name="records">Where refusals are recorded.</param>
/// <param name="time">The clock for the records.</param>
public sealed class AgentRegistryFilter(AgentRegistry registry, IGovernanceRecordSink records, TimeProvider time)
    : GovernanceFilter(records, time)
{
    /// <inheritdoc/>
    protected override ValueTask<GovernanceRefusal?> CheckAsync(WorkflowActivityContext context, object? input) =>
        ValueTask.FromResult(registry.Authorize(context.Name, ActivityInput.ToJson(input)));
}

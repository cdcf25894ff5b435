namespace Orchestration.Governance.Refusals;

/// <summary>
/// Why governance refused a piece of work: a value with a stable code, rich enough to become an evidence record.
/// </summary>
/// <param name="Code">A stable, machine-readable code from <see cref="RefusalCodes"/>.</param>
/// <param name="Reason">A sentence for people.</param>
/// <param name="ActivityName">The activity that was refused, when the refusal happened at dispatch.</param>
/// <param name="InstanceId">The run, when known.</param>
/// <param name="AgentId">The agent the activity is bound to, when known.</param>
/// <param name="Action">The action the activity performs, when known.</param>
public sealed record GovernanceRefusal(
    string Code,
    string Reason,
    string? ActivityName = null,
    string? InstanceId = null,
    string? AgentId = null,
    string? Action = null)
{
    /// <summary>Gets facts that explain the refusal (a gate's threshold and the measured value, a matched pattern).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Returns a copy that names the activity call it refused.</summary>
    /// <param name="activityName">The activity.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The refusal with its place.</returns>
    public GovernanceRefusal At(string activityName, string instanceId) =>
        this with { ActivityName = activityName, InstanceId = instanceId };
}

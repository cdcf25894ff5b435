namespace Orchestration.Governance.KillSwitch;

/// <summary>What a kill switch stops.</summary>
public enum KillSwitchScope
{
    /// <summary>Every activity of every workflow, and every start.</summary>
    Global,

    /// <summary>The activities and starts of one workflow (and its sub-workflows).</summary>
    Workflow,

    /// <summary>Every activity bound to one agent.</summary>
    Agent,
}

/// <summary>Whether a change engaged or released a switch.</summary>
public enum KillSwitchAction
{
    /// <summary>The switch was engaged: work stops.</summary>
    Engaged,

    /// <summary>The switch was released: work may go on.</summary>
    Released,
}

/// <summary>One change of a kill switch, as kept in its persisted history and recorded as evidence.</summary>
/// <param name="Sequence">The change's position in the history, from 1.</param>
/// <param name="Action">Engaged or released.</param>
/// <param name="Scope">The scope.</param>
/// <param name="Target">The workflow or agent; <c>*</c> for the global switch.</param>
/// <param name="Actor">Who flipped it.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
/// <param name="Instances">The runs suspended on engaging, or resumed on releasing.</param>
public sealed record KillSwitchChange(
    long Sequence,
    KillSwitchAction Action,
    KillSwitchScope Scope,
    string Target,
    string Actor,
    string Reason,
    DateTimeOffset At,
    IReadOnlyList<string> Instances);

/// <summary>An engaged switch.</summary>
/// <param name="Scope">The scope.</param>
/// <param name="Target">The workflow or agent; <c>*</c> for the global switch.</param>
/// <param name="Actor">Who engaged it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Since">When.</param>
/// <param name="SuspendedInstances">The runs suspended when it was engaged, to resume when it is released.</param>
public sealed record KillSwitchState(KillSwitchScope Scope, string Target, string Actor, string Reason, DateTimeOffset Since, IReadOnlyList<string> SuspendedInstances)
{
    /// <summary>The target of the global switch.</summary>
    public const string Everything = "*";

    /// <summary>Tells whether this switch stops a call.</summary>
    /// <param name="workflowNames">The workflow of the run and of its parents.</param>
    /// <param name="agentId">The agent the activity is bound to, if any.</param>
    /// <returns>True when the call must stop.</returns>
    public bool Stops(IEnumerable<string> workflowNames, string? agentId) => Scope switch
    {
        KillSwitchScope.Global => true,
        KillSwitchScope.Workflow => workflowNames.Contains(Target, StringComparer.OrdinalIgnoreCase),
        _ => string.Equals(agentId, Target, StringComparison.Ordinal),
    };

    /// <summary>Describes the switch for a refusal.</summary>
    /// <returns>A sentence naming scope, who and why.</returns>
    public string Describe() => $"The {(Scope == KillSwitchScope.Global ? "global" : $"{Scope.ToString().ToLowerInvariant()} '{Target}'")} kill switch was engaged by {Actor} at {Since:O}: {Reason}";
}

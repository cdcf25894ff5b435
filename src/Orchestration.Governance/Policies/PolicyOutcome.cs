namespace Orchestration.Governance.Policies;

/// <summary>What a rule, or a whole evaluation, decides. When several rules match, the highest value wins.</summary>
public enum PolicyOutcome
{
    /// <summary>The action may go ahead.</summary>
    Allow = 0,

    /// <summary>The action needs one or more human approvals first.</summary>
    RequireApproval = 1,

    /// <summary>The case goes to a higher authority.</summary>
    Escalate = 2,

    /// <summary>The action must not happen. Overrides every other outcome.</summary>
    Deny = 3,
}

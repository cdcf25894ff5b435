using Orchestration.Governance.Policies.Expressions;

namespace Orchestration.Governance.Policies;

/// <summary>One rule of a bundle: when its condition holds over the decision input, it contributes its outcome.</summary>
public sealed class PolicyRule
{
    internal PolicyRule(string id, int line, CompiledExpression condition, PolicyOutcome outcome, ReasonTemplate reason, string reasonText)
    {
        Id = id;
        Line = line;
        Condition = condition;
        Outcome = outcome;
        ReasonTemplate = reason;
        Reason = reasonText;
    }

    /// <summary>Gets the rule id, unique in its bundle.</summary>
    public string Id { get; }

    /// <summary>Gets what the rule is for, for compliance readers.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the condition as written.</summary>
    public string When => Condition.Text;

    /// <summary>Gets the outcome the rule contributes when it matches.</summary>
    public PolicyOutcome Outcome { get; }

    /// <summary>Gets the reason template as written.</summary>
    public string Reason { get; }

    /// <summary>Gets the approvals needed, for a <see cref="PolicyOutcome.RequireApproval"/> rule.</summary>
    public ApprovalRequirement? Approval { get; init; }

    /// <summary>Gets who the case goes to, for an <see cref="PolicyOutcome.Escalate"/> rule.</summary>
    public string? EscalateTo { get; init; }

    /// <summary>Gets the line of the rule in its bundle file.</summary>
    public int Line { get; }

    internal CompiledExpression Condition { get; }

    internal ReasonTemplate ReasonTemplate { get; }
}

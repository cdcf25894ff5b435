namespace Orchestration.Governance.Policies;

/// <summary>
/// The result of evaluating a bundle over an input: the outcome, which rules matched and why, and the identity of
/// the rules and the input, so that the decision can be recorded as evidence and re-checked later.
/// </summary>
/// <param name="PolicyId">The bundle id.</param>
/// <param name="BundleVersion">The bundle version.</param>
/// <param name="BundleDigest">The bundle's content digest.</param>
/// <param name="InputDigest">The SHA-256 of the input's JSON.</param>
/// <param name="Outcome">The combined outcome: deny over escalate over approval over allow; the bundle default when no rule matched.</param>
/// <param name="MatchedRules">Each rule that matched, or failed to evaluate (a deny), in bundle order.</param>
/// <param name="Reasons">The reasons of the matches that decided the outcome, for people.</param>
/// <param name="Approvals">The approvals needed, when the outcome is <see cref="PolicyOutcome.RequireApproval"/>.</param>
/// <param name="EscalateTo">Who the case goes to, when the outcome is <see cref="PolicyOutcome.Escalate"/>.</param>
public sealed record PolicyDecision(
    string PolicyId,
    string BundleVersion,
    string BundleDigest,
    string InputDigest,
    PolicyOutcome Outcome,
    IReadOnlyList<PolicyRuleMatch> MatchedRules,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ApprovalRequirement> Approvals,
    IReadOnlyList<string> EscalateTo)
{
    /// <summary>Gets a value indicating whether the action may go ahead without more ado.</summary>
    public bool IsAllowed => Outcome == PolicyOutcome.Allow;
}

/// <summary>A rule that matched during an evaluation.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Outcome">What it contributed; <see cref="PolicyOutcome.Deny"/> when it failed to evaluate.</param>
/// <param name="Reason">Its reason, rendered over the input.</param>
/// <param name="Failed">True when the rule could not be evaluated (and so denied).</param>
public sealed record PolicyRuleMatch(string RuleId, PolicyOutcome Outcome, string Reason, bool Failed = false);

namespace Orchestration.Governance.Policies;

/// <summary>Who must approve: a role, how many distinct people, and segregation-of-duties constraints.</summary>
/// <param name="Role">The role approvers must hold.</param>
/// <param name="Approvers">How many approvals are needed.</param>
/// <param name="Constraints">Constraints from <see cref="ApprovalConstraints"/>.</param>
public sealed record ApprovalRequirement(string Role, int Approvers, IReadOnlyList<string> Constraints)
{
    /// <summary>Checks a set of approvals against the constraints (case-insensitive identities).</summary>
    /// <param name="requester">Who asked for the action.</param>
    /// <param name="approvers">Who approved, in order.</param>
    /// <returns>Each violated constraint as a sentence; empty when the approvals satisfy the requirement.</returns>
    public IReadOnlyList<string> FindViolations(string requester, IReadOnlyList<string> approvers)
    {
        ArgumentNullException.ThrowIfNull(approvers);
        List<string> violations = [];
        int distinct = approvers.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (Constraints.Contains(ApprovalConstraints.ApproverIsNotRequester)
            && approvers.Contains(requester, StringComparer.OrdinalIgnoreCase))
        {
            violations.Add($"{requester} requested the action and may not approve it");
        }

        if (Constraints.Contains(ApprovalConstraints.DistinctApprovers) && distinct != approvers.Count)
        {
            violations.Add("the same person approved more than once");
        }

        if (distinct < Approvers)
        {
            violations.Add($"{Approvers} approval(s) by the role '{Role}' are needed, {distinct} given");
        }

        return violations;
    }
}

/// <summary>The segregation-of-duties constraints a bundle may put on approvals.</summary>
public static class ApprovalConstraints
{
    /// <summary>Whoever requested the action may not approve it.</summary>
    public const string ApproverIsNotRequester = "approver-is-not-requester";

    /// <summary>Each approval must come from a different person.</summary>
    public const string DistinctApprovers = "distinct-approvers";

    /// <summary>Gets every known constraint.</summary>
    public static IReadOnlyList<string> All { get; } = [ApproverIsNotRequester, DistinctApprovers];
}

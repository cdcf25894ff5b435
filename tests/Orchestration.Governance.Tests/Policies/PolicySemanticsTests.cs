using Orchestration.Governance.Policies;

namespace Orchestration.Governance.Tests.Policies;

public sealed class PolicySemanticsTests
{
    private const string Rules = """
        rules:
          - id: blocked-supplier
            when: input.supplierId in data.blocked
            outcome: deny
            reason: "Supplier {input.supplierId} is blocked."
          - id: big
            when: input.amount > 1000
            outcome: require-approval
            reason: "Amount {input.amount} needs approval."
            approval: {role: approver, approvers: 2, constraints: [approver-is-not-requester]}
          - id: huge
            when: input.amount > 100000
            outcome: escalate
            escalateTo: risk-committee
          - id: small
            when: input.amount <= 1000
            outcome: allow
        """;

    private static readonly PolicyBundle Bundle = TempPolicies.Bundle(Rules);

    [Fact]
    public void Evaluate_DenyAndAllowBothMatch_DenyWins()
    {
        PolicyDecision decision = Bundle.Evaluate(new { supplierId = "SUP-1", amount = 10m });

        Assert.Equal(PolicyOutcome.Deny, decision.Outcome);
        Assert.Equal(["blocked-supplier", "small"], decision.MatchedRules.Select(match => match.RuleId));
        Assert.Equal(["Supplier SUP-1 is blocked."], decision.Reasons);
    }

    [Fact]
    public void Evaluate_EscalateAndApprovalBothMatch_EscalateWins()
    {
        PolicyDecision decision = Bundle.Evaluate(new { supplierId = "SUP-9", amount = 200_000m });

        Assert.Equal((PolicyOutcome.Escalate, "risk-committee"), (decision.Outcome, Assert.Single(decision.EscalateTo)));
    }

    [Fact]
    public void Evaluate_ApprovalRule_ReturnsTheRequirement()
    {
        PolicyDecision decision = Bundle.Evaluate(new { supplierId = "SUP-9", amount = 5_000m });

        Assert.Equal(new ApprovalRequirement("approver", 2, ["approver-is-not-requester"]) { }, Assert.Single(decision.Approvals), ApprovalComparer.Instance);
        Assert.Equal(["Amount 5000 needs approval."], decision.Reasons);
    }

    [Fact]
    public void Evaluate_NoRuleMatches_BundleDefaultDenies()
    {
        PolicyBundle bundle = TempPolicies.Bundle("rules:\n  - id: never\n    when: input.amount < 0\n    outcome: allow\n");

        PolicyDecision decision = bundle.Evaluate(new { amount = 5m });

        Assert.Equal((PolicyOutcome.Deny, 0), (decision.Outcome, decision.MatchedRules.Count));
    }

    [Fact]
    public void Evaluate_RuleFailsWhileAnotherAllows_Denies()
    {
        PolicyDecision decision = Bundle.Evaluate(new { amount = 10m });

        Assert.Equal(PolicyOutcome.Deny, decision.Outcome);
        Assert.Contains(decision.MatchedRules, match => match is { RuleId: "blocked-supplier", Failed: true });
    }

    [Fact]
    public void Evaluate_SameInputTwice_SameDecisionAndDigests()
    {
        PolicyDecision first = Bundle.Evaluate(new { supplierId = "SUP-9", amount = 5_000m });
        PolicyDecision second = Bundle.Evaluate(new { supplierId = "SUP-9", amount = 5_000m });

        Assert.Equal((first.InputDigest, first.BundleDigest, first.Outcome), (second.InputDigest, second.BundleDigest, second.Outcome));
        Assert.StartsWith("sha256:", first.InputDigest, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameContentTwice_SameDigest_ChangedContent_OtherDigest()
    {
        PolicyBundle again = TempPolicies.Bundle(Rules);
        PolicyBundle changed = TempPolicies.Bundle(Rules.Replace("1000", "2000", StringComparison.Ordinal));

        Assert.Equal(Bundle.Digest, again.Digest);
        Assert.NotEqual(Bundle.Digest, changed.Digest);
    }

    [Fact]
    public void FindViolations_RequesterApprovesOwnRequest_IsViolation()
    {
        ApprovalRequirement requirement = new("approver", 2, [ApprovalConstraints.ApproverIsNotRequester, ApprovalConstraints.DistinctApprovers]);

        IReadOnlyList<string> violations = requirement.FindViolations("ana@contoso.example", ["ANA@contoso.example", "bo@contoso.example"]);

        Assert.Contains(violations, violation => violation.Contains("may not approve", StringComparison.Ordinal));
    }

    private sealed class ApprovalComparer : IEqualityComparer<ApprovalRequirement>
    {
        public static readonly ApprovalComparer Instance = new();

        public bool Equals(ApprovalRequirement? x, ApprovalRequirement? y) =>
            x is not null && y is not null && x.Role == y.Role && x.Approvers == y.Approvers && x.Constraints.SequenceEqual(y.Constraints);

        public int GetHashCode(ApprovalRequirement obj) => obj.Role.GetHashCode(StringComparison.Ordinal);
    }
}

using System.Security.Cryptography;
using System.Text;
using Orchestration.Governance.Policies.Expressions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// Evaluates every rule and combines the matches: deny overrides everything, then escalate, then approval, then
/// allow. A rule that fails to evaluate is a deny, never a skip.
/// </summary>
internal static class PolicyEvaluator
{
    public static PolicyDecision Evaluate(PolicyBundle bundle, EvaluationScope scope)
    {
        List<PolicyRuleMatch> matches = [];
        List<PolicyRule> matchedRules = [];
        foreach (PolicyRule rule in bundle.Rules)
        {
            if (Match(rule, scope) is { } match)
            {
                matches.Add(match);
                matchedRules.Add(rule);
            }
        }

        PolicyOutcome outcome = matches.Count == 0 ? bundle.Default : matches.Max(match => match.Outcome);
        IReadOnlyList<string> reasons = matches.Count == 0
            ? [$"No rule of {bundle.Id} {bundle.Version} matched; the bundle's default is {outcome}."]
            : [.. matches.Where(match => match.Outcome == outcome).Select(match => match.Reason)];
        List<PolicyRule> deciding = [.. matchedRules.Where((_, index) => matches[index].Outcome == outcome)];
        return new PolicyDecision(
            bundle.Id,
            bundle.Version,
            bundle.Digest,
            DigestOf(scope),
            outcome,
            matches,
            reasons,
            outcome == PolicyOutcome.RequireApproval ? [.. deciding.Select(rule => rule.Approval!)] : [],
            outcome == PolicyOutcome.Escalate ? [.. deciding.Select(rule => rule.EscalateTo!).Distinct(StringComparer.Ordinal)] : []);
    }

    private static PolicyRuleMatch? Match(PolicyRule rule, EvaluationScope scope)
    {
        try
        {
            return rule.Condition.IsTrue(scope)
                ? new PolicyRuleMatch(rule.Id, rule.Outcome, rule.ReasonTemplate.Render(scope))
                : null;
        }
        catch (Exception error)
        {
            // Any failure, expected (a missing field, a type mismatch) or not, denies: a skipped rule would allow.
            return new PolicyRuleMatch(rule.Id, PolicyOutcome.Deny, $"Rule '{rule.Id}' could not be evaluated, so it denies: {error.Message}.", Failed: true);
        }
    }

    private static string DigestOf(EvaluationScope scope) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope.Input.GetRawText())));
}

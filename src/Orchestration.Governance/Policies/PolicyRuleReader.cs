using Orchestration.Governance.Files;
using Orchestration.Governance.Policies.Expressions;
using YamlDotNet.RepresentationModel;

namespace Orchestration.Governance.Policies;

/// <summary>Reads and checks one rule of a bundle; every problem names the rule and its line.</summary>
internal static class PolicyRuleReader
{
    public static PolicyRule Read(YamlMap raw, IReadOnlySet<string> dataSets)
    {
        string id = raw.RequiredString("id");
        YamlMap rule = raw.ForRule(id).Only("id", "description", "when", "outcome", "reason", "approval", "escalateTo");
        PolicyOutcome outcome = ParseOutcome(rule);
        string reason = rule.OptionalString("reason") ?? $"Rule '{id}' matched.";
        PolicyRule result = new(
            id,
            rule.Line,
            Compile(rule, "when", () => CompiledExpression.Compile(rule.RequiredString("when"), dataSets, condition: true)),
            outcome,
            Compile(rule, "reason", () => ReasonTemplate.Compile(reason, dataSets)),
            reason)
        {
            Description = rule.OptionalString("description"),
            Approval = ReadApproval(rule, outcome),
            EscalateTo = rule.OptionalString("escalateTo"),
        };
        return outcome == PolicyOutcome.Escalate && result.EscalateTo is null
            ? throw rule.Error("an 'escalate' rule needs 'escalateTo'")
            : result;
    }

    public static PolicyOutcome ParseOutcome(YamlMap map, string key = "outcome") => map.RequiredString(key) switch
    {
        "allow" => PolicyOutcome.Allow,
        "deny" => PolicyOutcome.Deny,
        "require-approval" => PolicyOutcome.RequireApproval,
        "escalate" => PolicyOutcome.Escalate,
        string other => throw map.Error(map.Required(key), $"unknown {key} '{other}' (expected allow, deny, require-approval or escalate)"),
    };

    private static T Compile<T>(YamlMap rule, string key, Func<T> compile)
    {
        try
        {
            return compile();
        }
        catch (ExpressionSyntaxException error)
        {
            YamlNode at = rule.Find(key) ?? rule.Required("id");
            throw rule.Error(at, $"'{key}': {error.Message}");
        }
    }

    private static ApprovalRequirement? ReadApproval(YamlMap rule, PolicyOutcome outcome)
    {
        YamlMap? approval = rule.OptionalMap("approval")?.Only("role", "approvers", "constraints");
        if ((approval is null) == (outcome == PolicyOutcome.RequireApproval))
        {
            throw rule.Error("'approval' is required for a 'require-approval' rule and allowed for no other");
        }

        if (approval is null)
        {
            return null;
        }

        IReadOnlyList<string> constraints = approval.StringList("constraints");
        string? unknown = constraints.FirstOrDefault(constraint => !ApprovalConstraints.All.Contains(constraint));
        int approvers = approval.OptionalInt("approvers") ?? 1;
        return unknown is not null
            ? throw approval.Error($"unknown approval constraint '{unknown}' (expected one of: {string.Join(", ", ApprovalConstraints.All)})")
            : approvers < 1
                ? throw approval.Error("'approvers' must be at least 1")
                : new ApprovalRequirement(approval.RequiredString("role"), approvers, constraints);
    }
}
